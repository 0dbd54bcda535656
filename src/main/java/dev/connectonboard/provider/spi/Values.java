package dev.connectonboard.provider.spi;

import dev.connectonboard.provider.cty.CtyValues;
import dev.connectonboard.provider.cty.Unknown;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One object value of a resource (its configuration, prior state, plan or new state), read-only, with typed
 * accessors. Values are in the representation {@code cty.Msgpack} documents: {@code String}, {@code BigDecimal},
 * {@code Boolean}, {@code List} (lists and sets), {@code Map} (maps and objects), null, or {@link Unknown#VALUE}.
 * Nested blocks read as {@link #object} (single, group) or {@link #objects} (list, set).
 *
 * <pre>{@code
 * String name = plan.string("display_name").orElseThrow();
 * String env = plan.object("environment").string("id").orElseThrow();
 * }</pre>
 */
public final class Values {
    private final Map<String, Object> values;

    public Values(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** An object value; the map is used as is (callers hand over ownership). */
    public static Values of(Map<String, Object> values) {
        return new Values(values);
    }

    /** The attribute values by name; nested maps and lists are not copied, do not change them. */
    public Map<String, Object> asMap() {
        return values;
    }

    /** A deep, mutable copy of the attribute values, for building a changed value. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> mutableCopy() {
        return (Map<String, Object>) CtyValues.copy(values);
    }

    /** A copy with one attribute changed. */
    public Values with(String name, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(values);
        changed.put(name, value);
        return new Values(changed);
    }

    public Object get(String name) {
        return values.get(name);
    }

    public boolean isNull(String name) {
        return values.get(name) == null;
    }

    public boolean isUnknown(String name) {
        return values.get(name) == Unknown.VALUE;
    }

    /** No unknown at any depth. */
    public boolean isWhollyKnown() {
        return CtyValues.isWhollyKnown(values);
    }

    /** A string attribute; empty when null. Throws when unknown: check {@link #isUnknown} where it can be. */
    public Optional<String> string(String name) {
        return Optional.ofNullable((String) known(name));
    }

    public boolean bool(String name, boolean whenNull) {
        Object value = known(name);
        return value == null ? whenNull : (Boolean) value;
    }

    public Optional<BigDecimal> number(String name) {
        return Optional.ofNullable((BigDecimal) known(name));
    }

    /** A list or set of strings; empty when null. */
    @SuppressWarnings("unchecked")
    public List<String> strings(String name) {
        Object value = known(name);
        return value == null ? List.of() : List.copyOf((Collection<String>) value);
    }

    /** A map of strings; empty when null. Null elements are kept out. */
    @SuppressWarnings("unchecked")
    public Map<String, String> stringMap(String name) {
        Object value = known(name);
        if (value == null) {
            return Map.of();
        }
        Map<String, String> copy = new LinkedHashMap<>();
        ((Map<String, Object>) value).forEach((key, element) -> {
            if (element != null) {
                copy.put(key, (String) element);
            }
        });
        return copy;
    }

    /** A nested object (single or group block, object attribute); null when the attribute is null. */
    @SuppressWarnings("unchecked")
    public Values object(String name) {
        Object value = known(name);
        return value == null ? null : new Values((Map<String, Object>) value);
    }

    /** The objects of a list or set block or attribute; empty when null. */
    @SuppressWarnings("unchecked")
    public List<Values> objects(String name) {
        Object value = known(name);
        if (value == null) {
            return List.of();
        }
        return ((Collection<Map<String, Object>>) value).stream().map(Values::new).toList();
    }

    private Object known(String name) {
        Object value = values.get(name);
        if (value == Unknown.VALUE) {
            throw new IllegalStateException("attribute \"" + name + "\" is not known yet");
        }
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Values that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
