package dev.connectonboard.provider.cty;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Terraform's JSON value encoding, which the protocol keeps as a fallback for msgpack. JSON cannot carry unknown
 * values, so everything decoded here is known. Values come back in the same Java shapes as {@link Msgpack}.
 */
public final class JsonValues {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private JsonValues() {
    }

    public static Object decode(CtyType type, byte[] json) {
        try {
            return read(type, JSON.readTree(json), "");
        } catch (IOException e) {
            throw new CtyCodecException("value is not valid JSON: " + e.getMessage(), e);
        }
    }

    private static Object read(CtyType type, JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (type == CtyType.STRING) {
            require(node.isTextual(), type, node, path);
            return node.textValue();
        }
        if (type == CtyType.BOOL) {
            require(node.isBoolean(), type, node, path);
            return node.booleanValue();
        }
        if (type == CtyType.NUMBER) {
            require(node.isNumber(), type, node, path);
            return node.isIntegralNumber() ? new BigDecimal(node.bigIntegerValue()) : node.decimalValue();
        }
        if (type instanceof CtyType.ListOf list) {
            return elements(list.element(), node, type, path);
        }
        if (type instanceof CtyType.SetOf set) {
            return elements(set.element(), node, type, path);
        }
        if (type instanceof CtyType.TupleOf tuple) {
            require(node.isArray() && node.size() == tuple.elements().size(), type, node, path);
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                values.add(read(tuple.elements().get(i), node.get(i), path + "[" + i + "]"));
            }
            return values;
        }
        if (type instanceof CtyType.MapOf map) {
            require(node.isObject(), type, node, path);
            Map<String, Object> entries = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                entries.put(entry.getKey(), read(map.element(), entry.getValue(), path + "[\"" + entry.getKey() + "\"]"));
            }
            return entries;
        }
        if (type instanceof CtyType.ObjectOf object) {
            require(node.isObject(), type, node, path);
            Map<String, Object> attributes = new LinkedHashMap<>();
            for (Map.Entry<String, CtyType> attribute : object.attributes().entrySet()) {
                String name = attribute.getKey();
                attributes.put(name, read(attribute.getValue(), node.get(name), path.isEmpty() ? name : path + "." + name));
            }
            return attributes;
        }
        require(node.isObject() && node.has("type"), type, node, path);
        CtyType concrete = TypeJson.parse(node.get("type"));
        return new TypedValue(concrete, read(concrete, node.get("value"), path));
    }

    private static List<Object> elements(CtyType element, JsonNode node, CtyType type, String path) {
        require(node.isArray(), type, node, path);
        List<Object> values = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            values.add(read(element, node.get(i), path + "[" + i + "]"));
        }
        return values;
    }

    private static void require(boolean matches, CtyType type, JsonNode node, String path) {
        if (!matches) {
            throw new CtyCodecException((path.isEmpty() ? "" : path + ": ") + "expected " + type.toJson()
                    + ", found JSON " + node);
        }
    }
}
