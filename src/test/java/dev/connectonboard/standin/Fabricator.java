package dev.connectonboard.standin;

import dev.connectonboard.provider.cty.CtyType;
import dev.connectonboard.provider.cty.CtyValues;
import dev.connectonboard.provider.cty.TypedValue;
import dev.connectonboard.provider.cty.Unknown;
import dev.connectonboard.provider.spi.Values;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides the values a cloud assigns during apply, deterministically: each unknown gets a value of its type, derived
 * from a hash of the resource type, the object's known values and the attribute's path, shaped by the
 * {@link Flavour} ({@code lkc-…}, {@code sa-…}, ARNs). Objects of lists and sets get one element, primitive
 * collections none, numbers 1, bools false.
 */
final class Fabricator {
    private final Flavour flavour;
    private final Values provider;

    Fabricator(Flavour flavour, Values provider) {
        this.flavour = flavour;
        this.provider = provider;
    }

    /** Fills every unknown in {@code planned} (in place); {@code id} first, so other values can use it. */
    @SuppressWarnings("unchecked")
    void fill(String resourceType, CtyType.ObjectOf type, Map<String, Object> planned) {
        String seed = resourceType + "|" + canonical(planned);
        if (planned.get("id") == Unknown.VALUE && type.attributes().get("id") == CtyType.STRING) {
            planned.put("id", string(resourceType, "id", planned, seed));
        }
        for (Map.Entry<String, CtyType> attribute : type.attributes().entrySet()) {
            String name = attribute.getKey();
            planned.put(name, fill(resourceType, name, attribute.getValue(), planned.get(name), planned, seed));
        }
    }

    @SuppressWarnings("unchecked")
    private Object fill(String resourceType, String path, CtyType type, Object value, Map<String, Object> root,
                        String seed) {
        if (value == Unknown.VALUE) {
            return fabricate(resourceType, path, type, root, seed);
        }
        if (value == null || CtyValues.isWhollyKnown(value)) {
            return value;
        }
        if (type instanceof CtyType.ObjectOf object) {
            Map<String, Object> filled = new LinkedHashMap<>((Map<String, Object>) value);
            object.attributes().forEach((name, attributeType) -> filled.put(name,
                    fill(resourceType, path + "." + name, attributeType, filled.get(name), root, seed)));
            return filled;
        }
        if (type instanceof CtyType.ListOf list) {
            return fillAll(resourceType, path, list.element(), (List<Object>) value, root, seed);
        }
        if (type instanceof CtyType.SetOf set) {
            return fillAll(resourceType, path, set.element(), (List<Object>) value, root, seed);
        }
        if (type instanceof CtyType.MapOf map) {
            Map<String, Object> filled = new LinkedHashMap<>();
            ((Map<String, Object>) value).forEach((key, element) -> filled.put(key,
                    fill(resourceType, path, map.element(), element, root, seed + key)));
            return filled;
        }
        if (value instanceof TypedValue typed) {
            return new TypedValue(typed.type(), fill(resourceType, path, typed.type(), typed.value(), root, seed));
        }
        return value;
    }

    private List<Object> fillAll(String resourceType, String path, CtyType element, List<Object> values,
                                 Map<String, Object> root, String seed) {
        List<Object> filled = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            filled.add(fill(resourceType, path, element, values.get(i), root, seed + "#" + i));
        }
        return filled;
    }

    private Object fabricate(String resourceType, String path, CtyType type, Map<String, Object> root, String seed) {
        if (type == CtyType.STRING) {
            return string(resourceType, path, root, seed);
        }
        if (type == CtyType.NUMBER) {
            return BigDecimal.ONE;
        }
        if (type == CtyType.BOOL) {
            return Boolean.FALSE;
        }
        if (type instanceof CtyType.ObjectOf object) {
            Map<String, Object> made = new LinkedHashMap<>();
            object.attributes().forEach((name, attributeType) ->
                    made.put(name, fabricate(resourceType, path + "." + name, attributeType, root, seed)));
            return made;
        }
        if (type instanceof CtyType.ListOf list) {
            return list.element() instanceof CtyType.ObjectOf
                    ? List.of(fabricate(resourceType, path, list.element(), root, seed)) : List.of();
        }
        if (type instanceof CtyType.SetOf set) {
            return set.element() instanceof CtyType.ObjectOf
                    ? List.of(fabricate(resourceType, path, set.element(), root, seed)) : List.of();
        }
        if (type instanceof CtyType.MapOf) {
            return Map.of();
        }
        if (type instanceof CtyType.TupleOf tuple) {
            List<Object> made = new ArrayList<>();
            tuple.elements().forEach(element -> made.add(fabricate(resourceType, path, element, root, seed)));
            return made;
        }
        return new TypedValue(CtyType.STRING, string(resourceType, path, root, seed));
    }

    private String string(String resourceType, String path, Map<String, Object> root, String seed) {
        String hash = hash(seed + "|" + path);
        String shaped = flavour.string(resourceType, path, root, provider, hash);
        if (shaped != null) {
            return shaped;
        }
        String name = path.substring(path.lastIndexOf('.') + 1).replace('_', '-');
        return name + "-" + hash.substring(0, 8);
    }

    /** 40 lowercase hex characters. */
    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Letters and digits from a hash, lowercase ({@code upper} false) or uppercase. */
    static String alphanumeric(String hash, int length, boolean upper) {
        String alphabet = upper ? "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567" : "abcdefghijklmnopqrstuvwxyz234567";
        StringBuilder out = new StringBuilder();
        String source = hash;
        while (out.length() < length) {
            for (int i = 0; i < source.length() - 1 && out.length() < length; i += 2) {
                out.append(alphabet.charAt(Integer.parseInt(source.substring(i, i + 2), 16) % alphabet.length()));
            }
            source = Fabricator.hash(source);
        }
        return out.toString();
    }

    private static String canonical(Object value) {
        if (value instanceof Map<?, ?> map) {
            StringBuilder text = new StringBuilder("{");
            new java.util.TreeMap<>(map).forEach((key, element) -> {
                if (element != Unknown.VALUE && element != null) {
                    text.append(key).append('=').append(canonical(element)).append(',');
                }
            });
            return text.append('}').toString();
        }
        if (value instanceof java.util.Collection<?> collection) {
            List<String> parts = new ArrayList<>();
            collection.forEach(element -> parts.add(canonical(element)));
            return parts.toString();
        }
        return String.valueOf(value);
    }
}
