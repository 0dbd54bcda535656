package dev.connectonboard.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connectonboard.provider.cty.CtyType;
import dev.connectonboard.provider.cty.JsonValues;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The in-memory cloud of one stand-in provider, kept in one JSON file so that successive Terraform processes (and
 * the test that drives them) see the same objects: {@code {"objects": {type: {id: attributes}}, "seeds": {type:
 * [attributes]}}}. Objects are what the stand-in created or a test put there; seeds are things that exist outside
 * Terraform (the platform's Kafka cluster, a department's secrets) and that data sources find. Every change holds an
 * exclusive file lock, because Terraform may run several instances of a provider at once.
 */
public final class StandInCloud {
    /** The directory holding one {@code <provider>.json} per stand-in. */
    public static final String DIRECTORY_ENV = "CONNECT_ONBOARD_STANDIN_CLOUD";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public StandInCloud(Path file) {
        this.file = file;
    }

    /** The cloud of provider {@code name} ({@code confluent}, {@code aws}) in {@code directory}. */
    public static StandInCloud in(Path directory, String name) {
        return new StandInCloud(directory.resolve(name + ".json"));
    }

    public Path file() {
        return file;
    }

    /** An object by type and id, decoded for the given type; empty when it does not exist. */
    public Optional<Map<String, Object>> object(String type, String id, CtyType.ObjectOf valueType) {
        JsonNode object = read().path("objects").path(type).get(id);
        return object == null ? Optional.empty() : Optional.of(decode(object, valueType));
    }

    /** Every object of a type, raw JSON by id (for tests' assertions). */
    public Map<String, JsonNode> objects(String type) {
        Map<String, JsonNode> all = new LinkedHashMap<>();
        read().path("objects").path(type).fields().forEachRemaining(e -> all.put(e.getKey(), e.getValue()));
        return all;
    }

    public void putObject(String type, String id, Map<String, Object> attributes) {
        update(root -> {
            objectsOf(root, type).set(id, toJson(attributes));
            return null;
        });
    }

    /** Creates an object under a fresh id: {@code id}, or {@code id-2}, {@code id-3}... if taken. Returns the id. */
    public String createObject(String type, String id, Function<String, Map<String, Object>> attributes) {
        return update(root -> {
            ObjectNode objects = objectsOf(root, type);
            String free = id;
            for (int n = 2; objects.has(free); n++) {
                free = id + "-" + n;
            }
            objects.set(free, toJson(attributes.apply(free)));
            return free;
        });
    }

    public void removeObject(String type, String id) {
        update(root -> {
            objectsOf(root, type).remove(id);
            return null;
        });
    }

    /** Something that exists outside Terraform, found by data sources (and imports) of this type. */
    public void seed(String type, Map<String, Object> attributes) {
        update(root -> {
            ObjectNode seeds = root.has("seeds") ? (ObjectNode) root.get("seeds") : root.putObject("seeds");
            (seeds.has(type) ? (com.fasterxml.jackson.databind.node.ArrayNode) seeds.get(type) : seeds.putArray(type))
                    .add(toJson(attributes));
            return null;
        });
    }

    public List<JsonNode> seeds(String type) {
        List<JsonNode> seeds = new ArrayList<>();
        read().path("seeds").path(type).forEach(seeds::add);
        return seeds;
    }

    /** Terraform's JSON value encoding of a value in the bridge's Java representation (dynamic values typed). */
    static JsonNode toJson(Object value) {
        if (value instanceof dev.connectonboard.provider.cty.TypedValue typed) {
            ObjectNode node = JSON.createObjectNode();
            node.set("value", toJson(typed.value()));
            try {
                node.set("type", JSON.readTree(typed.type().toJson()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return node;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode node = JSON.createObjectNode();
            map.forEach((key, element) -> node.set(String.valueOf(key), toJson(element)));
            return node;
        }
        if (value instanceof java.util.Collection<?> collection) {
            com.fasterxml.jackson.databind.node.ArrayNode node = JSON.createArrayNode();
            collection.forEach(element -> node.add(toJson(element)));
            return node;
        }
        if (value == dev.connectonboard.provider.cty.Unknown.VALUE) {
            throw new IllegalArgumentException("an unknown value cannot be stored in the cloud");
        }
        return JSON.valueToTree(value);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> decode(JsonNode json, CtyType.ObjectOf type) {
        try {
            return (Map<String, Object>) JsonValues.decode(type, JSON.writeValueAsBytes(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode objectsOf(ObjectNode root, String type) {
        ObjectNode objects = root.has("objects") ? (ObjectNode) root.get("objects") : root.putObject("objects");
        return objects.has(type) ? (ObjectNode) objects.get(type) : objects.putObject(type);
    }

    private ObjectNode read() {
        return locked(false, () -> load());
    }

    private <T> T update(Function<ObjectNode, T> change) {
        return locked(true, () -> {
            ObjectNode root = load();
            T result = change.apply(root);
            try {
                Path temporary = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
                JSON.writeValue(temporary.toFile(), root);
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return result;
        });
    }

    private ObjectNode load() {
        try {
            return Files.exists(file) ? (ObjectNode) JSON.readTree(file.toFile()) : JSON.createObjectNode();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stand-in cloud " + file, e);
        }
    }

    private synchronized <T> T locked(boolean exclusive, java.util.function.Supplier<T> action) {
        try {
            Files.createDirectories(file.getParent());
            Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ); FileLock ignored = channel.lock(0, Long.MAX_VALUE, !exclusive)) {
                return action.get();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
