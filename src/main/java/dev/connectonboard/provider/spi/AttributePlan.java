package dev.connectonboard.provider.spi;

import dev.connectonboard.provider.cty.CtyType;
import dev.connectonboard.provider.cty.CtyValues;

/**
 * What a {@link PlanModifier} sees and may change for one attribute: its value in the configuration, in the prior
 * state and in the plan so far. It may set the planned value, ask for replacement, or report diagnostics.
 */
public final class AttributePlan {
    private final AttributePath path;
    private final CtyType type;
    private final Object config;
    private final Object prior;
    private final boolean creating;
    private final Values resourceConfig;
    private final Diagnostics diagnostics;
    private Object planned;
    private boolean requiresReplace;

    public AttributePlan(AttributePath path, CtyType type, Object config, Object prior, Object planned, boolean creating,
                         Values resourceConfig, Diagnostics diagnostics) {
        this.path = path;
        this.type = type;
        this.config = config;
        this.prior = prior;
        this.planned = planned;
        this.creating = creating;
        this.resourceConfig = resourceConfig;
        this.diagnostics = diagnostics;
    }

    public AttributePath path() {
        return path;
    }

    /** The configured value (null when not set, {@code Unknown.VALUE} when not known until apply). */
    public Object config() {
        return config;
    }

    /** The value in the prior state; null when creating. */
    public Object prior() {
        return prior;
    }

    /** The planned value so far. */
    public Object planned() {
        return planned;
    }

    /** True when there is no prior state: the resource is being created (or re-created after a replace). */
    public boolean creating() {
        return creating;
    }

    /** The whole resource configuration, for modifiers that depend on other attributes. */
    public Values resourceConfig() {
        return resourceConfig;
    }

    public Diagnostics diagnostics() {
        return diagnostics;
    }

    public void setPlanned(Object value) {
        this.planned = value;
    }

    /** Terraform will destroy and re-create the resource instead of updating it in place. */
    public void requireReplace() {
        this.requiresReplace = true;
    }

    public boolean requiresReplace() {
        return requiresReplace;
    }

    @Override
    public String toString() {
        return "AttributePlan[" + path + ": config=" + config + ", prior=" + prior + ", planned=" + planned + "]";
    }

    /** The value's type, e.g. to compare values with {@link CtyValues#equal}. */
    public CtyType type() {
        return type;
    }

    /** The planned value equals the prior one (by Terraform's equality; unknown equals only unknown). */
    public boolean plannedEqualsPrior() {
        return CtyValues.equal(type, planned, prior);
    }
}
