package dev.connectonboard.provider.spi;

/**
 * Changes the planned value of one attribute (or nested block) of a managed resource, after Terraform's proposed
 * plan and before the resource's own {@code ResourceWithModifyPlan#modifyPlan}. Attach with
 * {@code Attribute.withPlanModifiers(...)}; the common ones are in {@link PlanModifiers}
 * ({@code useStateForUnknown()}, {@code requiresReplace()}, ...). Not called when the resource is being destroyed.
 */
public interface PlanModifier {

    /** What it does, for people reading logs and schemas, e.g. "changing this value replaces the resource". */
    String description();

    void modify(AttributePlan plan);
}
