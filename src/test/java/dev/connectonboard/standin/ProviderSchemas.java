package dev.connectonboard.standin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connectonboard.provider.cty.TypeJson;
import dev.connectonboard.provider.schema.Attribute;
import dev.connectonboard.provider.schema.Block;
import dev.connectonboard.provider.schema.NestedAttributes;
import dev.connectonboard.provider.schema.NestedBlock;
import dev.connectonboard.provider.schema.Nesting;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * One provider's schemas as {@code terraform providers schema -json} prints them (the object under
 * {@code provider_schemas."<source>"}): the provider block, and resource and data source schemas by type name,
 * decoded into the bridge's schema objects lazily, one type at a time (the AWS provider has 1,500 resource types and a
 * plan uses a handful).
 */
public final class ProviderSchemas {
    private final JsonNode json;
    private final Map<String, Block> resources = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Block> dataSources = new java.util.concurrent.ConcurrentHashMap<>();

    public ProviderSchemas(JsonNode providerSchemaJson) {
        this.json = providerSchemaJson;
    }

    public Block provider() {
        return toSchema(json.path("provider"));
    }

    public List<String> resourceTypes() {
        return names(json.path("resource_schemas"));
    }

    public List<String> dataSourceTypes() {
        return names(json.path("data_source_schemas"));
    }

    public Block resource(String type) {
        return resources.computeIfAbsent(type, t -> toSchema(require(json.path("resource_schemas"), t)));
    }

    public Block dataSource(String type) {
        return dataSources.computeIfAbsent(type, t -> toSchema(require(json.path("data_source_schemas"), t)));
    }

    public JsonNode raw() {
        return json;
    }

    private static JsonNode require(JsonNode schemas, String type) {
        JsonNode schema = schemas.get(type);
        if (schema == null) {
            throw new IllegalArgumentException("no schema for " + type);
        }
        return schema;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** A {@code {"version": n, "block": {...}}} schema. */
    static Block toSchema(JsonNode schema) {
        return block(schema.path("block")).withVersion(schema.path("version").asLong(0));
    }

    static Block block(JsonNode block) {
        List<Attribute> attributes = new ArrayList<>();
        forEach(block.path("attributes"), (name, attribute) -> attributes.add(attribute(name, attribute)));
        List<NestedBlock> blocks = new ArrayList<>();
        forEach(block.path("block_types"), (name, nested) -> blocks.add(new NestedBlock(name,
                block(nested.path("block")), nesting(nested.path("nesting_mode").asText()),
                nested.path("min_items").asLong(0), nested.path("max_items").asLong(0), List.of())));
        return new Block(block.path("description").asText(""), attributes, blocks, 0,
                block.path("deprecated").asBoolean(false));
    }

    private static Attribute attribute(String name, JsonNode json) {
        Attribute.Use use = json.path("required").asBoolean(false) ? Attribute.Use.REQUIRED
                : json.path("optional").asBoolean(false)
                ? (json.path("computed").asBoolean(false) ? Attribute.Use.OPTIONAL_COMPUTED : Attribute.Use.OPTIONAL)
                : Attribute.Use.COMPUTED;
        NestedAttributes nested = null;
        if (json.has("nested_type")) {
            JsonNode type = json.get("nested_type");
            List<Attribute> attributes = new ArrayList<>();
            forEach(type.path("attributes"), (n, a) -> attributes.add(attribute(n, a)));
            nested = new NestedAttributes(nesting(type.path("nesting_mode").asText()), attributes);
        }
        return new Attribute(name, nested == null ? TypeJson.parse(json.get("type").toString()) : nested.valueType(),
                use, json.path("sensitive").asBoolean(false), json.path("description").asText(""),
                json.path("deprecated").asBoolean(false), json.path("write_only").asBoolean(false), nested,
                List.of());
    }

    private static Nesting nesting(String mode) {
        return Nesting.valueOf(mode.toUpperCase(Locale.ROOT));
    }

    private static void forEach(JsonNode object, java.util.function.BiConsumer<String, JsonNode> action) {
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            action.accept(entry.getKey(), entry.getValue());
        }
    }

}
