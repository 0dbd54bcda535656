package dev.connectonboard.provider.cty;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Operations on values in the Java representation {@link Msgpack} documents: equality by type, copies, knownness. */
public final class CtyValues {
    private CtyValues() {
    }

    /** True when the value holds no {@link Unknown} at any depth (null counts as known). */
    public static boolean isWhollyKnown(Object value) {
        if (value == Unknown.VALUE) {
            return false;
        }
        if (value instanceof Map<?, ?> map) {
            return map.values().stream().allMatch(CtyValues::isWhollyKnown);
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().allMatch(CtyValues::isWhollyKnown);
        }
        if (value instanceof TypedValue typed) {
            return isWhollyKnown(typed.value());
        }
        return true;
    }

    /**
     * Terraform's equality for values of this type: numbers by value ({@code 1} equals {@code 1.0}), sets without
     * order, unknown equal only to unknown.
     */
    public static boolean equal(CtyType type, Object a, Object b) {
        if (a == null || b == null || a == Unknown.VALUE || b == Unknown.VALUE) {
            return a == b;
        }
        if (type instanceof CtyType.Primitive primitive) {
            if (primitive == CtyType.Primitive.NUMBER && a instanceof Number x && b instanceof Number y) {
                return decimal(x).compareTo(decimal(y)) == 0;
            }
            return a.equals(b);
        }
        if (type instanceof CtyType.ListOf list) {
            return sequenceEqual(list.element(), (Collection<?>) a, (Collection<?>) b);
        }
        if (type instanceof CtyType.SetOf set) {
            return setEqual(set.element(), (Collection<?>) a, (Collection<?>) b);
        }
        if (type instanceof CtyType.TupleOf tuple) {
            List<?> x = (List<?>) a;
            List<?> y = (List<?>) b;
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!equal(tuple.elements().get(i), x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (type instanceof CtyType.MapOf map) {
            Map<?, ?> x = (Map<?, ?>) a;
            Map<?, ?> y = (Map<?, ?>) b;
            return x.keySet().equals(y.keySet())
                    && x.entrySet().stream().allMatch(e -> equal(map.element(), e.getValue(), y.get(e.getKey())));
        }
        if (type instanceof CtyType.ObjectOf object) {
            Map<?, ?> x = (Map<?, ?>) a;
            Map<?, ?> y = (Map<?, ?>) b;
            return object.attributes().entrySet().stream()
                    .allMatch(e -> equal(e.getValue(), x.get(e.getKey()), y.get(e.getKey())));
        }
        TypedValue x = (TypedValue) a;
        TypedValue y = (TypedValue) b;
        return x.type().equals(y.type()) && equal(x.type(), x.value(), y.value());
    }

    /** A deep, mutable copy: maps become {@link LinkedHashMap}, collections {@link ArrayList}. */
    public static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, element) -> copy.put(String.valueOf(key), copy(element)));
            return copy;
        }
        if (value instanceof Collection<?> collection) {
            List<Object> copy = new ArrayList<>(collection.size());
            collection.forEach(element -> copy.add(copy(element)));
            return copy;
        }
        return value;
    }

    /** Replaces every unknown, at any depth, by null (for returning a best-effort state next to an error). */
    public static Object unknownsToNull(Object value) {
        if (value == Unknown.VALUE) {
            return null;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, element) -> copy.put(String.valueOf(key), unknownsToNull(element)));
            return copy;
        }
        if (value instanceof Collection<?> collection) {
            List<Object> copy = new ArrayList<>(collection.size());
            collection.forEach(element -> copy.add(unknownsToNull(element)));
            return copy;
        }
        return value;
    }

    private static boolean sequenceEqual(CtyType element, Collection<?> a, Collection<?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        var x = a.iterator();
        var y = b.iterator();
        while (x.hasNext()) {
            if (!equal(element, x.next(), y.next())) {
                return false;
            }
        }
        return true;
    }

    private static boolean setEqual(CtyType element, Collection<?> a, Collection<?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        List<Object> unmatched = new ArrayList<>(b);
        for (Object x : a) {
            boolean found = false;
            for (int i = 0; i < unmatched.size(); i++) {
                if (equal(element, x, unmatched.get(i))) {
                    unmatched.remove(i);
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static BigDecimal decimal(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal;
        }
        if (number instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (number instanceof Double || number instanceof Float) {
            return BigDecimal.valueOf(number.doubleValue());
        }
        return BigDecimal.valueOf(number.longValue());
    }
}
