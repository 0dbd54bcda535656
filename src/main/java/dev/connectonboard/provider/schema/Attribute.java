package dev.connectonboard.provider.schema;

import dev.connectonboard.provider.cty.CtyType;

/** One attribute of a provider, data source or resource schema. */
public record Attribute(String name, CtyType type, Use use, boolean sensitive, String description) {

    /** Who sets the value: the configuration, the provider, or either. */
    public enum Use {
        REQUIRED, OPTIONAL, COMPUTED, OPTIONAL_COMPUTED
    }

    public static Attribute required(String name, CtyType type, String description) {
        return new Attribute(name, type, Use.REQUIRED, false, description);
    }

    public static Attribute optional(String name, CtyType type, String description) {
        return new Attribute(name, type, Use.OPTIONAL, false, description);
    }

    /** Optional in configuration; when left out the provider fills in the default. */
    public static Attribute optionalComputed(String name, CtyType type, String description) {
        return new Attribute(name, type, Use.OPTIONAL_COMPUTED, false, description);
    }

    public static Attribute computed(String name, CtyType type, String description) {
        return new Attribute(name, type, Use.COMPUTED, false, description);
    }

    public Attribute asSensitive() {
        return new Attribute(name, type, use, true, description);
    }
}
