package dev.connectonboard.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connectonboard.provider.proto.tfplugin6.Tfplugin6;
import dev.connectonboard.provider.schema.SchemaMessages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A provider's schema prepared for a stand-in process that Terraform starts several times per command: one small
 * JSON file per resource and data source type (read only when that type is used), and the whole GetProviderSchema
 * answer as protobuf bytes (the AWS schema is 13 MB of JSON, too slow to parse at every start). Rebuilt when its
 * key (what it was made from) changes; written beside and moved into place, so a reader never sees half of it.
 */
final class SchemaCache {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Bump when the layout or the conversion changes. */
    private static final String FORMAT = "3";

    private final Path dir;

    private SchemaCache(Path dir) {
        this.dir = dir;
    }

    /** The cache in {@code dir}, made from {@code schema} ({@code terraform providers schema -json}'s provider entry). */
    static SchemaCache prepare(Path dir, String key, Supplier<JsonNode> schema) {
        Path keyFile = dir.resolve("key");
        try {
            if (Files.isRegularFile(keyFile) && Files.readString(keyFile).equals(FORMAT + "|" + key)) {
                return new SchemaCache(dir);
            }
            Files.createDirectories(dir.getParent());
            Path staging = Files.createTempDirectory(dir.getParent(), dir.getFileName() + ".staging");
            write(staging, schema.get());
            Files.writeString(staging.resolve("key"), FORMAT + "|" + key);
            Path old = dir.resolveSibling(dir.getFileName() + ".old." + ProcessHandle.current().pid());
            if (Files.exists(dir)) {
                Files.move(dir, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(old);
            return new SchemaCache(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the stand-in schema cache " + dir, e);
        }
    }

    /** A cache prepared earlier (the stand-in process's side). */
    static SchemaCache open(Path dir) {
        if (!Files.isRegularFile(dir.resolve("key"))) {
            throw new IllegalStateException("no stand-in schema cache in " + dir);
        }
        return new SchemaCache(dir);
    }

    Path dir() {
        return dir;
    }

    List<String> resourceTypes() {
        return lines("resources.txt");
    }

    List<String> dataSourceTypes() {
        return lines("data-sources.txt");
    }

    JsonNode providerSchema() {
        return readJson(dir.resolve("provider.json"));
    }

    JsonNode resourceSchema(String type) {
        return readJson(dir.resolve("resources").resolve(type + ".json"));
    }

    JsonNode dataSourceSchema(String type) {
        return readJson(dir.resolve("data-sources").resolve(type + ".json"));
    }

    /** The GetProviderSchema answer, without server capabilities. */
    Tfplugin6.GetProviderSchema.Response schemaResponse() {
        try {
            return Tfplugin6.GetProviderSchema.Response.parseFrom(Files.readAllBytes(dir.resolve("schema.pb")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path dir, JsonNode schema) throws IOException {
        Files.createDirectories(dir.resolve("resources"));
        Files.createDirectories(dir.resolve("data-sources"));
        JSON.writeValue(dir.resolve("provider.json").toFile(), schema.path("provider"));
        Tfplugin6.GetProviderSchema.Response.Builder response = Tfplugin6.GetProviderSchema.Response.newBuilder()
                .setProvider(SchemaMessages.toMessage(ProviderSchemas.toSchema(schema.path("provider"))));
        List<String> resources = new ArrayList<>();
        for (var it = schema.path("resource_schemas").fields(); it.hasNext(); ) {
            var entry = it.next();
            resources.add(entry.getKey());
            JSON.writeValue(dir.resolve("resources").resolve(entry.getKey() + ".json").toFile(), entry.getValue());
            response.putResourceSchemas(entry.getKey(), SchemaMessages.toMessage(ProviderSchemas.toSchema(entry.getValue())));
        }
        List<String> dataSources = new ArrayList<>();
        for (var it = schema.path("data_source_schemas").fields(); it.hasNext(); ) {
            var entry = it.next();
            dataSources.add(entry.getKey());
            JSON.writeValue(dir.resolve("data-sources").resolve(entry.getKey() + ".json").toFile(), entry.getValue());
            response.putDataSourceSchemas(entry.getKey(),
                    SchemaMessages.toMessage(ProviderSchemas.toSchema(entry.getValue())));
        }
        Files.write(dir.resolve("resources.txt"), resources, StandardCharsets.UTF_8);
        Files.write(dir.resolve("data-sources.txt"), dataSources, StandardCharsets.UTF_8);
        Files.write(dir.resolve("schema.pb"), response.build().toByteArray());
    }

    private List<String> lines(String name) {
        try {
            return Files.readAllLines(dir.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readJson(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode emptyObject() {
        return JSON.createObjectNode();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
