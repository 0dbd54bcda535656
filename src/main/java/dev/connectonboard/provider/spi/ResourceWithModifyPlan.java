package dev.connectonboard.provider.spi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A resource that adjusts whole plans, modelled on the framework's {@code resource.ResourceWithModifyPlan}: called
 * after the attribute plan modifiers, for creates, updates and destroys (plan null). Use it for rules spanning
 * attributes, plan-time checks against the remote system (diagnostics fail the plan), or replacement decisions.
 */
public interface ResourceWithModifyPlan<S> extends Resource<S> {

    void modifyPlan(ModifyPlanRequest<S> request, ModifyPlanResponse response);

    /**
     * @param config null when destroying
     * @param state  null when creating
     * @param plan   the plan so far; null when destroying
     */
    record ModifyPlanRequest<S>(Values config, Values state, Values plan, byte[] priorPrivate, S provider) {
    }

    /** The plan to return (a copy of the request's), attributes that force replacement, private state. */
    final class ModifyPlanResponse {
        private final Map<String, Object> plan;
        private final List<AttributePath> requiresReplace;
        private final Diagnostics diagnostics;
        private byte[] plannedPrivate;

        public ModifyPlanResponse(Map<String, Object> plan, List<AttributePath> requiresReplace,
                                  byte[] plannedPrivate, Diagnostics diagnostics) {
            this.plan = plan == null ? null : new LinkedHashMap<>(plan);
            this.requiresReplace = new ArrayList<>(requiresReplace);
            this.plannedPrivate = plannedPrivate == null ? new byte[0] : plannedPrivate.clone();
            this.diagnostics = diagnostics;
        }

        /** Sets a planned top-level value ({@code Unknown.VALUE} for "known after apply"); not when destroying. */
        public ModifyPlanResponse set(String name, Object value) {
            if (plan == null) {
                throw new IllegalStateException("the resource is being destroyed: there is no plan to change");
            }
            if (!plan.containsKey(name)) {
                throw new IllegalArgumentException("\"" + name + "\" is not an attribute of this resource");
            }
            plan.put(name, value);
            return this;
        }

        public Values plan() {
            return plan == null ? null : new Values(new LinkedHashMap<>(plan));
        }

        /** Changing this attribute needs a new object: Terraform plans destroy and create. */
        public void requireReplace(AttributePath attribute) {
            requiresReplace.add(attribute);
        }

        public List<AttributePath> requiresReplace() {
            return List.copyOf(requiresReplace);
        }

        public void setPlannedPrivate(byte[] bytes) {
            this.plannedPrivate = bytes == null ? new byte[0] : bytes.clone();
        }

        public byte[] plannedPrivate() {
            return plannedPrivate.clone();
        }

        public Diagnostics diagnostics() {
            return diagnostics;
        }
    }
}
