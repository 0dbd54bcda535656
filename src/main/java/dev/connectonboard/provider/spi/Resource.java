package dev.connectonboard.provider.spi;

import dev.connectonboard.provider.schema.Block;

/**
 * A managed resource type served by this provider, modelled on terraform-plugin-framework's
 * {@code resource.Resource}: a schema and the four lifecycle operations. Optional capabilities are separate
 * interfaces a resource may also implement: {@link ResourceWithImportState}, {@link ResourceWithModifyPlan},
 * {@link ResourceWithValidateConfig}, {@link ResourceWithUpgradeState}. Per-attribute plan behaviour comes from
 * {@link PlanModifier}s in the schema ({@link PlanModifiers#useStateForUnknown()},
 * {@link PlanModifiers#requiresReplace()}).
 *
 * <p>The protocol layer keeps Terraform's lifecycle rules (docs/resource-instance-change-lifecycle.md in
 * hashicorp/terraform) so a resource cannot break them: computed attributes the configuration leaves null are
 * unknown in the plan of a create or change (until a plan modifier keeps them); configured values are planned as
 * written; create and update start from the plan, must leave nothing unknown and must not change a known planned
 * value (an error naming the attribute otherwise, instead of Terraform's "inconsistent result after apply");
 * a read that calls {@link StateResponse#removeFromState()} removes the resource from state; a planned destroy
 * calls {@link #delete}; write-only attributes never reach plan or state.
 *
 * <p>Errors go to the response's {@link Diagnostics}, by {@link AttributePath} where they concern an attribute.
 * A create that reports an error and leaves a value unknown records nothing in state (the object is taken as not
 * created); one that fills every value is recorded, and Terraform marks it tainted.
 *
 * @param <S> what the provider's configuration produced (see {@link ProviderDefinition#configure}); may be null in
 *            {@link ResourceWithModifyPlan#modifyPlan} when the provider configuration is not known yet
 */
public interface Resource<S> {

    /** The name used in configuration, e.g. {@code connectonboard_connector}; starts with the provider's name. */
    String typeName();

    /** Attributes and blocks; the block's {@code version} is the schema version stored with the state. */
    Block schema();

    /** Creates the remote object. The response state starts as the plan: fill in the unknown values. */
    void create(CreateRequest<S> request, StateResponse response);

    /**
     * Refreshes the state from the remote object. The response state starts as the prior state: report drift by
     * setting the remote values (keep the prior form when only the representation differs), or call
     * {@link StateResponse#removeFromState()} when the object is gone.
     */
    void read(ReadRequest<S> request, StateResponse response);

    /** Changes the remote object in place. The response state starts as the plan: fill in the unknown values. */
    void update(UpdateRequest<S> request, StateResponse response);

    /** Deletes the remote object; an object already gone is not an error. */
    void delete(DeleteRequest<S> request, Diagnostics diagnostics);

    /** @param plannedPrivate the private state the plan produced (empty unless a plan step set it) */
    record CreateRequest<S>(Values config, Values plan, byte[] plannedPrivate, S provider) {
    }

    record ReadRequest<S>(Values state, byte[] privateState, S provider) {
    }

    record UpdateRequest<S>(Values config, Values plan, Values state, byte[] plannedPrivate, S provider) {
    }

    record DeleteRequest<S>(Values state, byte[] privateState, S provider) {
    }
}
