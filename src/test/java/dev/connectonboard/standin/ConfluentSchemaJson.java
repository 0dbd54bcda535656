package dev.connectonboard.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Confluent provider 2.83 schema the tests hold ({@code confluent-provider/schema.json}, statically read from the
 * provider's Go source) turned into what {@code terraform providers schema -json} would print for it, by the rules
 * terraform-plugin-sdk/v2's {@code CoreConfigSchema} applies (helper/schema/core_schema.go): a computed-only
 * {@code Elem: &schema.Resource{}} list or set becomes a computed attribute of list/set of objects, other ones nested
 * blocks whose {@code MinItems} is 1 when required and 0 when optional; the implicit {@code id} is optional+computed.
 * Also collects the source's facts the stand-in needs: {@code ForceNew} paths, validations, import id formats.
 */
public final class ConfluentSchemaJson {
    public static final String SCHEMA_RESOURCE = "/confluent-provider/schema.json";
    public static final String SOURCE = "registry.terraform.io/confluentinc/confluent";

    /**
     * {@code SchemaVersion} of the resources that set one, from internal/provider/resource_*.go at the commit the
     * schema was read from (kafkaAclResource, kafkaResource, kafkaTopicResource); every other resource is version 0.
     */
    static final Map<String, Integer> SCHEMA_VERSIONS = Map.of(
            "confluent_kafka_acl", 2, "confluent_kafka_cluster", 1, "confluent_kafka_topic", 2);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode source;

    private ConfluentSchemaJson(JsonNode source) {
        this.source = source;
    }

    public static ConfluentSchemaJson fromClasspath() {
        try (InputStream in = ConfluentSchemaJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the test class path");
            }
            return new ConfluentSchemaJson(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code {"provider": ..., "resource_schemas": ..., "data_source_schemas": ...}} as Terraform prints it. */
    public ObjectNode terraformSchema() {
        ObjectNode out = JSON.createObjectNode();
        ObjectNode provider = out.putObject("provider");
        provider.put("version", 0);
        provider.set("block", block(source.path("provider").path("attributes"), false));
        ObjectNode resources = out.putObject("resource_schemas");
        fields(source.path("resources")).forEach((type, definition) -> {
            ObjectNode schema = resources.putObject(type);
            schema.put("version", SCHEMA_VERSIONS.getOrDefault(type, 0));
            schema.set("block", block(definition.path("attributes"), true));
        });
        ObjectNode dataSources = out.putObject("data_source_schemas");
        fields(source.path("data_sources")).forEach((type, definition) -> {
            ObjectNode schema = dataSources.putObject(type);
            schema.put("version", 0);
            schema.set("block", block(definition.path("attributes"), true));
        });
        return out;
    }

    /** Dotted attribute paths (block names and attribute names, no indexes) the Go schema marks {@code ForceNew}. */
    public Map<String, Set<String>> forceNew() {
        Map<String, Set<String>> paths = new LinkedHashMap<>();
        fields(source.path("resources")).forEach((type, definition) -> {
            Set<String> found = new TreeSet<>();
            collectForceNew(definition.path("attributes"), "", found);
            paths.put(type, found);
        });
        return paths;
    }

    /** The source's {@code validation} expressions and {@code allowed_values} by type and dotted path. */
    public Map<String, Map<String, JsonNode>> validations(boolean resources) {
        Map<String, Map<String, JsonNode>> all = new LinkedHashMap<>();
        fields(source.path(resources ? "resources" : "data_sources")).forEach((type, definition) -> {
            Map<String, JsonNode> rules = new LinkedHashMap<>();
            collectValidations(definition.path("attributes"), "", rules);
            all.put(type, rules);
        });
        return all;
    }

    /** The documented import id format of each importable resource. */
    public Map<String, String> importIdFormats() {
        Map<String, String> formats = new LinkedHashMap<>();
        fields(source.path("resources")).forEach((type, definition) -> {
            if (definition.path("importable").asBoolean(false)) {
                formats.put(type, definition.path("import_id_format").asText());
            }
        });
        return formats;
    }

    private static ObjectNode block(JsonNode attributes, boolean implicitIdOptional) {
        ObjectNode block = JSON.createObjectNode();
        ObjectNode attributesOut = JSON.createObjectNode();
        ObjectNode blocksOut = JSON.createObjectNode();
        fields(attributes).forEach((name, attribute) -> {
            if (!"block".equals(attribute.path("type").asText())) {
                attributesOut.set(name, attribute(name, attribute, implicitIdOptional));
            } else if (attribute.path("computed").asBoolean() && !attribute.path("optional").asBoolean()) {
                ObjectNode computed = JSON.createObjectNode();
                computed.set("type", JSON.createArrayNode().add(attribute.path("block_type").asText())
                        .add(objectType(attribute.path("nested"))));
                computed.put("description_kind", "plain");
                computed.put("computed", true);
                attributesOut.set(name, computed);
            } else {
                blocksOut.set(name, nestedBlock(attribute));
            }
        });
        if (!attributesOut.isEmpty()) {
            block.set("attributes", attributesOut);
        }
        if (!blocksOut.isEmpty()) {
            block.set("block_types", blocksOut);
        }
        block.put("description_kind", "plain");
        return block;
    }

    private static ObjectNode nestedBlock(JsonNode attribute) {
        ObjectNode nested = JSON.createObjectNode();
        String mode = attribute.path("block_type").asText();
        nested.put("nesting_mode", mode);
        nested.set("block", block(attribute.path("nested"), false));
        if (!"single".equals(mode)) {
            long min = attribute.path("min_items").asLong(0);
            if (attribute.path("required").asBoolean() && min == 0) {
                min = 1;
            }
            if (attribute.path("optional").asBoolean() && min > 0) {
                min = 0;
            }
            long max = attribute.path("max_items").asLong(0);
            if (min > 0) {
                nested.put("min_items", min);
            }
            if (max > 0) {
                nested.put("max_items", max);
            }
        }
        return nested;
    }

    private static ObjectNode attribute(String name, JsonNode attribute, boolean implicitIdOptional) {
        ObjectNode out = JSON.createObjectNode();
        out.set("type", type(attribute));
        if (attribute.hasNonNull("description")) {
            out.put("description", attribute.get("description").asText());
        }
        out.put("description_kind", "plain");
        boolean implicitId = name.equals("id") && attribute.path("note").asText().startsWith("implicit");
        if (attribute.path("required").asBoolean()) {
            out.put("required", true);
        }
        if (attribute.path("optional").asBoolean() || (implicitId && implicitIdOptional)) {
            out.put("optional", true);
        }
        if (attribute.path("computed").asBoolean()) {
            out.put("computed", true);
        }
        if (attribute.path("sensitive").asBoolean()) {
            out.put("sensitive", true);
        }
        return out;
    }

    private static JsonNode type(JsonNode attribute) {
        String type = attribute.path("type").asText();
        return switch (type) {
            case "string", "number", "bool" -> JSON.getNodeFactory().textNode(type);
            case "list", "set", "map" -> JSON.createArrayNode().add(type)
                    .add(attribute.path("elem_type").asText("string"));
            default -> throw new IllegalArgumentException("unexpected type " + type);
        };
    }

    /** The implied object type of a nested schema: attributes by type, nested blocks as list/set of objects. */
    private static ArrayNode objectType(JsonNode nested) {
        ObjectNode attributes = JSON.createObjectNode();
        fields(nested).forEach((name, attribute) -> attributes.set(name,
                "block".equals(attribute.path("type").asText())
                        ? JSON.createArrayNode().add(attribute.path("block_type").asText().equals("single")
                        ? "list" : attribute.path("block_type").asText()).add(objectType(attribute.path("nested")))
                        : type(attribute)));
        return JSON.createArrayNode().add("object").add(attributes);
    }

    private static void collectForceNew(JsonNode attributes, String prefix, Set<String> into) {
        fields(attributes).forEach((name, attribute) -> {
            String path = prefix + name;
            if (attribute.path("force_new").asBoolean()) {
                into.add(path);
            }
            if (attribute.has("nested")) {
                collectForceNew(attribute.get("nested"), path + ".", into);
            }
        });
    }

    private static void collectValidations(JsonNode attributes, String prefix, Map<String, JsonNode> into) {
        fields(attributes).forEach((name, attribute) -> {
            String path = prefix + name;
            if (attribute.has("validation") || attribute.has("allowed_values")) {
                into.put(path, attribute);
            }
            if (attribute.has("nested")) {
                collectValidations(attribute.get("nested"), path + ".", into);
            }
        });
    }

    private static Map<String, JsonNode> fields(JsonNode object) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            fields.put(entry.getKey(), entry.getValue());
        }
        return fields;
    }
}
