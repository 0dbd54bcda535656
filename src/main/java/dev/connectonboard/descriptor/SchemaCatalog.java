package dev.connectonboard.descriptor;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import dev.connectonboard.descriptor.model.NamePatterns;
import dev.connectonboard.descriptor.model.ScalarValues;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema of each input kind, generated from the model records: the records are the one source of truth, the
 * schema is what editors autocomplete with and what structural validation checks. Generating takes about a second
 * of class loading and reflection, so the jar ships the generated schemas ({@code /schema/v1/<Kind>.json}) and
 * SchemaCatalogTest fails when they no longer match the records.
 */
public final class SchemaCatalog {
    private static final Map<DescriptorKind, ObjectNode> SCHEMAS = new EnumMap<>(DescriptorKind.class);
    private static final Map<String, String> MAP_KEY_PATTERNS = Map.of(
            "config", NamePatterns.CONFIG_KEY,
            "secrets", NamePatterns.CONFIG_KEY,
            "departments", NamePatterns.SLUG,
            "bucketAllowlist", NamePatterns.SLUG);

    private SchemaCatalog() {
    }

    public static synchronized ObjectNode schemaFor(DescriptorKind kind) {
        return SCHEMAS.computeIfAbsent(kind, SchemaCatalog::shippedOrGenerated).deepCopy();
    }

    /** Where the jar holds the schema of a kind. */
    static String resourcePath(DescriptorKind kind) {
        return "/schema/v1/" + kind.name() + ".json";
    }

    private static ObjectNode shippedOrGenerated(DescriptorKind kind) {
        try (InputStream in = SchemaCatalog.class.getResourceAsStream(resourcePath(kind))) {
            return in == null ? generate(kind) : (ObjectNode) new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the schema shipped in the jar: " + resourcePath(kind), e);
        }
    }

    /** The schema as the model records define it today. */
    static ObjectNode generate(DescriptorKind kind) {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED,
                        JacksonOption.FLATTENED_ENUMS_FROM_JSONPROPERTY))
                .with(new JakartaValidationModule(JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS))
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
                .with(Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES)
                .without(Option.NULLABLE_FIELDS_BY_DEFAULT);
        config.forFields().withDefaultResolver(SchemaCatalog::defaultValue);
        config.forFields().withEnumResolver(field -> switch (field.getDeclaredName()) {
            case "apiVersion" -> List.of(DescriptorKind.API_VERSION);
            case "kind" -> List.of(kind.name());
            default -> null;
        });
        config.forFields().withInstanceAttributeOverride((node, field, context) -> {
            if (field.isFakeContainerItemScope()) {
                return;
            }
            if (field.getAnnotationConsideringFieldAndGetter(ScalarValues.class) != null) {
                ObjectNode values = node.putObject("additionalProperties");
                values.putArray("type").add("string").add("number").add("boolean");
            }
            String keyPattern = MAP_KEY_PATTERNS.get(field.getDeclaredName());
            if (keyPattern != null) {
                node.putObject("propertyNames").put("pattern", keyPattern);
            }
        });
        ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(kind.modelType());
        inlineOverriddenMaps(schema);
        ObjectNode ordered = schema.objectNode();
        ordered.put("$schema", schema.path("$schema").asText());
        ordered.put("$id", "https://connect-onboard.dev/schema/v1/" + kind.name() + ".json");
        ordered.put("title", kind.name());
        schema.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("$schema")) {
                ordered.set(e.getKey(), e.getValue());
            }
        });
        return ordered;
    }

    /**
     * The generator shares one definition for every string map and keeps our scalar-valued override beside the $ref;
     * both would apply, so such maps are written out in place instead.
     */
    private static void inlineOverriddenMaps(ObjectNode schema) {
        schema.findParents("additionalProperties").forEach(parent -> {
            if (parent.has("$ref") && parent instanceof ObjectNode object) {
                object.remove("$ref");
                object.put("type", "object");
            }
        });
        String text = schema.toString();
        if (schema.has("$defs")) {
            ObjectNode defs = (ObjectNode) schema.get("$defs");
            java.util.List<String> unused = new java.util.ArrayList<>();
            defs.fieldNames().forEachRemaining(name -> {
                if (!text.contains("\"#/$defs/" + name + "\"")) {
                    unused.add(name);
                }
            });
            unused.forEach(defs::remove);
            if (defs.isEmpty()) {
                schema.remove("$defs");
            }
        }
    }

    private static Object defaultValue(FieldScope field) {
        JsonProperty property = field.getAnnotationConsideringFieldAndGetter(JsonProperty.class);
        if (property == null || property.defaultValue().isEmpty()) {
            return null;
        }
        String text = property.defaultValue();
        if (text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        if (text.chars().allMatch(Character::isDigit)) {
            return Integer.valueOf(text);
        }
        return text;
    }

    /** Looks up the sub-schema at a JSON pointer inside the kind's schema, following local $refs. */
    static JsonNode resolve(JsonNode root, String schemaPointer) {
        JsonNode node = root.at(schemaPointer);
        int guard = 0;
        while (node.has("$ref") && guard++ < 10) {
            node = root.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }
}
