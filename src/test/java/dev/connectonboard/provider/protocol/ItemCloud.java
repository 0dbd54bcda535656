package dev.connectonboard.provider.protocol;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connectonboard.provider.cty.CtyType;
import dev.connectonboard.provider.cty.JsonValues;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The toy remote system behind {@link ItemProvider}: items by id in one JSON file, so successive Terraform runs
 * (each starting new provider processes) and the test itself see the same objects.
 */
final class ItemCloud {
    static final String FILE_ENV = "BRIDGE_ITEM_CLOUD";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    ItemCloud(Path file) {
        this.file = file;
    }

    synchronized Optional<Map<String, Object>> get(String id, CtyType.ObjectOf type) {
        ObjectNode all = load();
        if (!all.has(id)) {
            return Optional.empty();
        }
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) JsonValues.decode(type,
                    JSON.writeValueAsBytes(all.get(id)));
            return Optional.of(item);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized void put(String id, Map<String, Object> item) {
        ObjectNode all = load();
        all.set(id, JSON.valueToTree(item));
        save(all);
    }

    synchronized void remove(String id) {
        ObjectNode all = load();
        all.remove(id);
        save(all);
    }

    synchronized Map<String, Object> raw() {
        @SuppressWarnings("unchecked")
        Map<String, Object> all = JSON.convertValue(load(), LinkedHashMap.class);
        return all;
    }

    private ObjectNode load() {
        try {
            return Files.exists(file) ? (ObjectNode) JSON.readTree(file.toFile()) : JSON.createObjectNode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void save(ObjectNode all) {
        try {
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writeValue(temporary.toFile(), all);
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
