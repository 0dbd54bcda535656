package dev.connectonboard.provider.spi;

import dev.connectonboard.provider.cty.Unknown;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;

/** The decoded configuration of a provider or data source block, with typed accessors by attribute name. */
public final class Config {
    private final Map<String, Object> values;

    public Config(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public Map<String, Object> values() {
        return values;
    }

    public boolean isUnknown(String name) {
        return values.get(name) == Unknown.VALUE;
    }

    /** A string attribute; empty when null or not set. Callers check {@link #isUnknown} first where it can be. */
    public Optional<String> string(String name) {
        Object value = known(name);
        return Optional.ofNullable((String) value);
    }

    public boolean bool(String name, boolean whenNull) {
        Object value = known(name);
        return value == null ? whenNull : (Boolean) value;
    }

    public Optional<BigDecimal> number(String name) {
        return Optional.ofNullable((BigDecimal) known(name));
    }

    private Object known(String name) {
        Object value = values.get(name);
        if (value == Unknown.VALUE) {
            throw new IllegalStateException("attribute \"" + name + "\" is not known yet");
        }
        return value;
    }
}
