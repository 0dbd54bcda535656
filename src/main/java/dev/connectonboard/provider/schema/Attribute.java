package dev.connectonboard.provider.schema;

import dev.connectonboard.provider.cty.CtyType;
import dev.connectonboard.provider.spi.PlanModifier;

import java.util.List;

/**
 * One attribute of a provider, data source or resource schema.
 *
 * @param type          the value type; for nested attributes it is {@code nestedType.valueType()}
 * @param nestedType    null, or the attribute schemas of a structured attribute
 * @param writeOnly     accepted in configuration but never stored in plan or state (Terraform 1.11+)
 * @param planModifiers run in order while planning a managed resource (see {@link PlanModifier})
 */
public record Attribute(String name, CtyType type, Use use, boolean sensitive, String description,
                        boolean deprecated, boolean writeOnly, NestedAttributes nestedType,
                        List<PlanModifier> planModifiers) {

    /** Who sets the value: the configuration, the provider, or either. */
    public enum Use {
        REQUIRED, OPTIONAL, COMPUTED, OPTIONAL_COMPUTED;

        public boolean computed() {
            return this == COMPUTED || this == OPTIONAL_COMPUTED;
        }

        /** May the configuration set it. */
        public boolean configurable() {
            return this != COMPUTED;
        }
    }

    public Attribute {
        planModifiers = List.copyOf(planModifiers);
        if (nestedType != null) {
            type = nestedType.valueType();
        }
    }

    public Attribute(String name, CtyType type, Use use, boolean sensitive, String description) {
        this(name, type, use, sensitive, description, false, false, null, List.of());
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

    /** A structured attribute: its type comes from the nested attribute schemas. */
    public static Attribute nested(String name, NestedAttributes nestedType, Use use, String description) {
        return new Attribute(name, nestedType.valueType(), use, false, description, false, false, nestedType,
                List.of());
    }

    public Attribute asSensitive() {
        return new Attribute(name, type, use, true, description, deprecated, writeOnly, nestedType, planModifiers);
    }

    public Attribute asDeprecated() {
        return new Attribute(name, type, use, sensitive, description, true, writeOnly, nestedType, planModifiers);
    }

    public Attribute asWriteOnly() {
        return new Attribute(name, type, use, sensitive, description, deprecated, true, nestedType, planModifiers);
    }

    /** The same attribute with these plan modifiers (replacing any it had). */
    public Attribute withPlanModifiers(PlanModifier... modifiers) {
        return new Attribute(name, type, use, sensitive, description, deprecated, writeOnly, nestedType,
                List.of(modifiers));
    }
}
