package dev.connectonboard.provider.cty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a type constraint written as Terraform's compact JSON (the inverse of {@link CtyType#toJson()}). */
public final class TypeJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TypeJson() {
    }

    public static CtyType parse(byte[] json) {
        try {
            return parse(JSON.readTree(json));
        } catch (IOException e) {
            throw new CtyCodecException("type constraint is not valid JSON: " + e.getMessage());
        }
    }

    public static CtyType parse(String json) {
        return parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static CtyType parse(JsonNode node) {
        if (node.isTextual()) {
            return switch (node.textValue()) {
                case "string" -> CtyType.STRING;
                case "number" -> CtyType.NUMBER;
                case "bool" -> CtyType.BOOL;
                case "dynamic" -> CtyType.DYNAMIC;
                default -> throw new CtyCodecException("unknown primitive type \"" + node.textValue() + "\"");
            };
        }
        if (!node.isArray() || node.size() != 2 || !node.get(0).isTextual()) {
            throw new CtyCodecException("type constraint must be a type name or a [kind, argument] pair, got " + node);
        }
        JsonNode argument = node.get(1);
        return switch (node.get(0).textValue()) {
            case "list" -> CtyType.list(parse(argument));
            case "set" -> CtyType.set(parse(argument));
            case "map" -> CtyType.map(parse(argument));
            case "object" -> {
                Map<String, CtyType> attributes = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = argument.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> attribute = it.next();
                    attributes.put(attribute.getKey(), parse(attribute.getValue()));
                }
                yield CtyType.object(attributes);
            }
            case "tuple" -> {
                List<CtyType> elements = new ArrayList<>();
                argument.forEach(element -> elements.add(parse(element)));
                yield CtyType.tuple(elements);
            }
            default -> throw new CtyCodecException("unknown type kind \"" + node.get(0).textValue() + "\"");
        };
    }
}
