package dev.connectonboard.provider.spi;

import dev.connectonboard.provider.cty.Unknown;

import java.util.function.Predicate;

/**
 * The usual plan modifiers, with terraform-plugin-framework's names and behaviour (its {@code stringplanmodifier}
 * etc. packages): {@code Attribute.computed("id", STRING, "...").withPlanModifiers(PlanModifiers.useStateForUnknown())}.
 */
public final class PlanModifiers {
    private PlanModifiers() {
    }

    /**
     * Keeps a computed value from the prior state instead of showing "(known after apply)" on every update. Use it
     * for values that never change once the object exists (ids, creation timestamps). No effect when creating.
     */
    public static PlanModifier useStateForUnknown() {
        return modifier("the value from the prior state is kept when the plan would make it unknown", plan -> {
            if (plan.creating() || plan.prior() == null || plan.planned() != Unknown.VALUE
                    || plan.config() == Unknown.VALUE) {
                return;
            }
            plan.setPlanned(plan.prior());
        });
    }

    /** Changing the value replaces the resource (Terraform plans destroy and create). No effect when creating. */
    public static PlanModifier requiresReplace() {
        return requiresReplaceIf(plan -> true, "changing this value replaces the resource");
    }

    /** Like {@link #requiresReplace()} but only when the value is set in the configuration. */
    public static PlanModifier requiresReplaceIfConfigured() {
        return requiresReplaceIf(plan -> plan.config() != null,
                "changing this value in the configuration replaces the resource");
    }

    /** Like {@link #requiresReplace()} when {@code condition} holds for the change. */
    public static PlanModifier requiresReplaceIf(Predicate<AttributePlan> condition, String description) {
        return modifier(description, plan -> {
            if (plan.creating() || plan.plannedEqualsPrior()) {
                return;
            }
            if (condition.test(plan)) {
                plan.requireReplace();
            }
        });
    }

    private static PlanModifier modifier(String description, java.util.function.Consumer<AttributePlan> action) {
        return new PlanModifier() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public void modify(AttributePlan plan) {
                action.accept(plan);
            }

            @Override
            public String toString() {
                return description;
            }
        };
    }
}
