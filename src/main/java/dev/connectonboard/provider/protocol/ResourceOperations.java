package dev.connectonboard.provider.protocol;

import com.google.protobuf.ByteString;
import dev.connectonboard.provider.cty.CtyCodecException;
import dev.connectonboard.provider.cty.CtyType;
import dev.connectonboard.provider.cty.CtyValues;
import dev.connectonboard.provider.cty.JsonValues;
import dev.connectonboard.provider.proto.tfplugin6.Tfplugin6;
import dev.connectonboard.provider.schema.Block;
import dev.connectonboard.provider.spi.AttributePath;
import dev.connectonboard.provider.spi.Diagnostics;
import dev.connectonboard.provider.spi.Resource;
import dev.connectonboard.provider.spi.ResourceWithImportState;
import dev.connectonboard.provider.spi.ResourceWithModifyPlan;
import dev.connectonboard.provider.spi.ResourceWithUpgradeState;
import dev.connectonboard.provider.spi.ResourceWithValidateConfig;
import dev.connectonboard.provider.spi.StateResponse;
import dev.connectonboard.provider.spi.Values;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The managed-resource half of the protocol: validate, upgrade, read, plan, apply, import. Decodes Terraform's
 * values with the resource's schema, calls the {@link Resource}, and holds the answer to Terraform's lifecycle
 * rules (see {@link LifecycleRules}, {@link ComputedUnknowns}) before encoding it.
 */
final class ResourceOperations<S> {
    private static final Logger LOG = Logger.getLogger(ResourceOperations.class.getName());
    private static final byte[] NO_PRIVATE = new byte[0];

    private final String providerName;
    private final Map<String, Resource<S>> resources = new LinkedHashMap<>();
    private final Supplier<S> configured;

    ResourceOperations(String providerName, List<Resource<S>> resources, Supplier<S> configured) {
        this.providerName = providerName;
        resources.forEach(resource -> this.resources.put(resource.typeName(), resource));
        this.configured = configured;
    }

    Map<String, Resource<S>> all() {
        return resources;
    }

    Tfplugin6.ValidateResourceConfig.Response validate(Tfplugin6.ValidateResourceConfig.Request request) {
        Diagnostics diagnostics = new Diagnostics();
        guard(diagnostics, () -> {
            Resource<S> resource = resource(request.getTypeName(), diagnostics);
            if (resource instanceof ResourceWithValidateConfig<S> validating) {
                Map<String, Object> config = DynamicValues.decodeObject(resource.schema().valueType(), request.getConfig());
                validating.validateConfig(Values.of(config), diagnostics);
            }
            return null;
        });
        return Tfplugin6.ValidateResourceConfig.Response.newBuilder()
                .addAllDiagnostics(DiagnosticMessages.toMessages(diagnostics)).build();
    }

    Tfplugin6.UpgradeResourceState.Response upgrade(Tfplugin6.UpgradeResourceState.Request request) {
        Diagnostics diagnostics = new Diagnostics();
        Tfplugin6.UpgradeResourceState.Response.Builder response = Tfplugin6.UpgradeResourceState.Response.newBuilder();
        guard(diagnostics, () -> {
            Resource<S> resource = resource(request.getTypeName(), diagnostics);
            if (resource == null) {
                return null;
            }
            Block schema = resource.schema();
            Map<String, Object> upgraded = upgradedState(resource, request, diagnostics);
            if (upgraded != null && !diagnostics.hasErrors()) {
                response.setUpgradedState(DynamicValues.encode(schema.valueType(), upgraded));
            }
            return null;
        });
        return response.addAllDiagnostics(DiagnosticMessages.toMessages(diagnostics)).build();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> upgradedState(Resource<S> resource, Tfplugin6.UpgradeResourceState.Request request,
                                              Diagnostics diagnostics) {
        Block schema = resource.schema();
        byte[] json = request.getRawState().getJson().toByteArray();
        if (json.length == 0) {
            diagnostics.error("Unsupported state format", "The state of this " + resource.typeName()
                    + " is in Terraform 0.11's flatmap format; only JSON states (Terraform 0.12 and later) are read.");
            return null;
        }
        long version = request.getVersion();
        if (version == schema.version()) {
            // Attributes a newer build dropped from the schema are ignored, as the framework does.
            return (Map<String, Object>) JsonValues.decode(schema.valueType(), json);
        }
        if (version > schema.version()) {
            diagnostics.error("State written by a newer provider", "The state of this " + resource.typeName()
                    + " has schema version " + version + "; this provider knows versions up to " + schema.version()
                    + ". Use the provider version that wrote it, or newer.");
            return null;
        }
        ResourceWithUpgradeState.StateUpgrader upgrader = resource instanceof ResourceWithUpgradeState<S> upgrading
                ? upgrading.stateUpgraders().get(version) : null;
        if (upgrader == null) {
            diagnostics.error("Cannot upgrade state", "The state of this " + resource.typeName()
                    + " has schema version " + version + " and the provider has no upgrade from it to version "
                    + schema.version() + ".");
            return null;
        }
        Map<String, Object> prior = (Map<String, Object>) JsonValues.decode(upgrader.priorSchema().valueType(), json);
        Map<String, Object> upgraded = upgrader.upgrade().upgrade(Values.of(prior), diagnostics);
        return upgraded == null ? null : new LinkedHashMap<>(upgraded);
    }

    Tfplugin6.ReadResource.Response read(Tfplugin6.ReadResource.Request request) {
        Diagnostics diagnostics = new Diagnostics();
        Tfplugin6.ReadResource.Response.Builder response = Tfplugin6.ReadResource.Response.newBuilder()
                .setPrivate(request.getPrivate());
        guard(diagnostics, () -> {
            Resource<S> resource = resource(request.getTypeName(), diagnostics);
            S provider = resource == null ? null : provider(diagnostics);
            if (provider == null) {
                return null;
            }
            Block schema = resource.schema();
            Map<String, Object> current = DynamicValues.decodeNullable(schema.valueType(), request.getCurrentState());
            if (current == null) {
                response.setNewState(DynamicValues.encode(schema.valueType(), null));
                return null;
            }
            StateResponse result = new StateResponse(current, request.getPrivate().toByteArray(), diagnostics);
            resource.read(new Resource.ReadRequest<>(Values.of(current), request.getPrivate().toByteArray(), provider),
                    result);
            if (result.removed()) {
                response.setNewState(DynamicValues.encode(schema.valueType(), null));
                return null;
            }
            Map<String, Object> state = result.state().mutableCopy();
            WriteOnlyValues.nullify(schema, state);
            Optional<AttributePath> unknown = LifecycleRules.firstUnknown(schema.valueType(), state, root());
            if (unknown.isPresent()) {
                diagnostics.error(unknown.get(), "Provider bug: " + resource.typeName() + " read an unknown value",
                        "A refreshed state must be wholly known; " + LifecycleRules.describe(unknown.get())
                                + " is not. The prior state is kept.");
                state = current;
            }
            response.setNewState(DynamicValues.encode(schema.valueType(), state))
                    .setPrivate(ByteString.copyFrom(result.privateState()));
            return null;
        });
        return response.addAllDiagnostics(DiagnosticMessages.toMessages(diagnostics)).build();
    }

    Tfplugin6.PlanResourceChange.Response plan(Tfplugin6.PlanResourceChange.Request request) {
        Diagnostics diagnostics = new Diagnostics();
        Tfplugin6.PlanResourceChange.Response.Builder response = Tfplugin6.PlanResourceChange.Response.newBuilder()
                .setPlannedPrivate(request.getPriorPrivate());
        guard(diagnostics, () -> {
            Resource<S> resource = resource(request.getTypeName(), diagnostics);
            if (resource == null) {
                return null;
            }
            Block schema = resource.schema();
            CtyType.ObjectOf type = schema.valueType();
            Map<String, Object> prior = DynamicValues.decodeNullable(type, request.getPriorState());
            Map<String, Object> proposed = DynamicValues.decodeNullable(type, request.getProposedNewState());
            Map<String, Object> config = DynamicValues.decodeNullable(type, request.getConfig());
            byte[] priorPrivate = request.getPriorPrivate().toByteArray();
            List<AttributePath> requiresReplace = new ArrayList<>();
            if (proposed == null) {
                // Destroy: the plan is null whatever happens; the resource may still veto with a diagnostic.
                if (resource instanceof ResourceWithModifyPlan<S> modifying) {
                    modifying.modifyPlan(new ResourceWithModifyPlan.ModifyPlanRequest<>(null, values(prior), null,
                                    priorPrivate, configured.get()),
                            new ResourceWithModifyPlan.ModifyPlanResponse(null, List.of(), priorPrivate, diagnostics));
                }
                response.setPlannedState(DynamicValues.encode(type, null));
                return null;
            }
            Map<String, Object> planned = copy(proposed);
            WriteOnlyValues.nullify(schema, planned);
            boolean creating = prior == null;
            if (creating || !CtyValues.equal(type, planned, prior)) {
                ComputedUnknowns.mark(schema, config, planned);
            }
            AttributeModifiers.run(schema, config, prior, planned, diagnostics, requiresReplace);
            byte[] plannedPrivate = priorPrivate;
            if (resource instanceof ResourceWithModifyPlan<S> modifying) {
                ResourceWithModifyPlan.ModifyPlanResponse modified = new ResourceWithModifyPlan.ModifyPlanResponse(
                        planned, requiresReplace, priorPrivate, diagnostics);
                modifying.modifyPlan(new ResourceWithModifyPlan.ModifyPlanRequest<>(values(config), values(prior),
                        Values.of(copy(planned)), priorPrivate, configured.get()), modified);
                planned = modified.plan().mutableCopy();
                requiresReplace = new ArrayList<>(modified.requiresReplace());
                plannedPrivate = modified.plannedPrivate();
            }
            if (!requiresReplace.isEmpty() && !creating) {
                // A replacement creates a new object: nothing computed survives from the old one.
                ComputedUnknowns.mark(schema, config, planned);
            }
            LifecycleRules.checkPlan(resource.typeName(), schema, config, prior, planned, root(), diagnostics);
            if (diagnostics.hasErrors()) {
                return null;
            }
            response.setPlannedState(DynamicValues.encode(type, planned))
                    .setPlannedPrivate(ByteString.copyFrom(plannedPrivate));
            requiresReplace.stream().distinct()
                    .forEach(path -> response.addRequiresReplace(DiagnosticMessages.toMessage(path)));
            return null;
        });
        return response.addAllDiagnostics(DiagnosticMessages.toMessages(diagnostics)).build();
    }

    Tfplugin6.ApplyResourceChange.Response apply(Tfplugin6.ApplyResourceChange.Request request) {
        Diagnostics diagnostics = new Diagnostics();
        Tfplugin6.ApplyResourceChange.Response.Builder response = Tfplugin6.ApplyResourceChange.Response.newBuilder()
                .setPrivate(request.getPlannedPrivate());
        guard(diagnostics, () -> {
            Resource<S> resource = resource(request.getTypeName(), diagnostics);
            S provider = resource == null ? null : provider(diagnostics);
            if (provider == null) {
                return null;
            }
            Block schema = resource.schema();
            CtyType.ObjectOf type = schema.valueType();
            Map<String, Object> prior = DynamicValues.decodeNullable(type, request.getPriorState());
            Map<String, Object> planned = DynamicValues.decodeNullable(type, request.getPlannedState());
            Map<String, Object> config = DynamicValues.decodeNullable(type, request.getConfig());
            byte[] plannedPrivate = request.getPlannedPrivate().toByteArray();
            if (planned == null) {
                resource.delete(new Resource.DeleteRequest<>(values(prior), plannedPrivate, provider), diagnostics);
                // A failed delete keeps the object in state; a successful one removes it.
                response.setNewState(DynamicValues.encode(type, diagnostics.hasErrors() ? prior : null));
                return null;
            }
            StateResponse result = new StateResponse(planned, plannedPrivate, diagnostics);
            if (prior == null) {
                resource.create(new Resource.CreateRequest<>(values(config), Values.of(copy(planned)),
                        plannedPrivate, provider), result);
            } else {
                resource.update(new Resource.UpdateRequest<>(values(config), Values.of(copy(planned)),
                        Values.of(prior), plannedPrivate, provider), result);
            }
            Map<String, Object> state = result.state().mutableCopy();
            WriteOnlyValues.nullify(schema, state);
            response.setPrivate(ByteString.copyFrom(result.privateState()));
            Optional<AttributePath> unknown = LifecycleRules.firstUnknown(type, state, root());
            if (diagnostics.hasErrors()) {
                // Nothing known created: keep what was there; otherwise record it (Terraform taints a new object).
                response.setNewState(DynamicValues.encode(type, unknown.isPresent() ? prior : state));
                return null;
            }
            if (unknown.isPresent()) {
                diagnostics.error(unknown.get(), "Provider bug: " + resource.typeName() + " left a value unknown",
                        "After apply every value must be known; " + LifecycleRules.describe(unknown.get())
                                + " is not.");
                response.setNewState(DynamicValues.encode(type, CtyValues.unknownsToNull(state)));
                return null;
            }
            Optional<AttributePath> broken = LifecycleRules.firstBrokenPromise(type, planned, state, root());
            if (broken.isPresent()) {
                diagnostics.error(broken.get(), "Provider bug: " + resource.typeName()
                                + " applied a value other than the planned one",
                        LifecycleRules.describe(broken.get()) + " was planned as a known value and must not change "
                                + "during apply; a value the provider cannot predict must be unknown in the plan.");
            }
            response.setNewState(DynamicValues.encode(type, state));
            return null;
        });
        return response.addAllDiagnostics(DiagnosticMessages.toMessages(diagnostics)).build();
    }

    Tfplugin6.ImportResourceState.Response importState(Tfplugin6.ImportResourceState.Request request) {
        Diagnostics diagnostics = new Diagnostics();
        Tfplugin6.ImportResourceState.Response.Builder response = Tfplugin6.ImportResourceState.Response.newBuilder();
        guard(diagnostics, () -> {
            Resource<S> resource = resource(request.getTypeName(), diagnostics);
            if (resource == null) {
                return null;
            }
            if (!(resource instanceof ResourceWithImportState<S> importing)) {
                diagnostics.error("Resource import not supported", request.getTypeName() + " cannot be imported; "
                        + "create it with Terraform instead.");
                return null;
            }
            S provider = provider(diagnostics);
            if (provider == null) {
                return null;
            }
            Block schema = resource.schema();
            Map<String, Object> empty = new LinkedHashMap<>();
            schema.valueType().attributes().keySet().forEach(name -> empty.put(name, null));
            StateResponse result = new StateResponse(empty, NO_PRIVATE, diagnostics);
            importing.importState(new ResourceWithImportState.ImportRequest<>(request.getId(), provider), result);
            if (diagnostics.hasErrors()) {
                return null;
            }
            Map<String, Object> state = result.state().mutableCopy();
            if (state.values().stream().allMatch(java.util.Objects::isNull)) {
                diagnostics.error("Provider bug: " + resource.typeName() + " imported nothing",
                        "Importing \"" + request.getId() + "\" set no attribute, so Terraform could not read it.");
                return null;
            }
            response.addImportedResources(Tfplugin6.ImportResourceState.ImportedResource.newBuilder()
                    .setTypeName(request.getTypeName())
                    .setState(DynamicValues.encode(schema.valueType(), state))
                    .setPrivate(ByteString.copyFrom(result.privateState())));
            return null;
        });
        return response.addAllDiagnostics(DiagnosticMessages.toMessages(diagnostics)).build();
    }

    Tfplugin6.MoveResourceState.Response move(Tfplugin6.MoveResourceState.Request request) {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.error("Moving resources between types is not supported",
                "The " + providerName + " provider cannot move " + request.getSourceTypeName() + " to "
                        + request.getTargetTypeName() + "; use a moved block between addresses of the same type.");
        return Tfplugin6.MoveResourceState.Response.newBuilder()
                .addAllDiagnostics(DiagnosticMessages.toMessages(diagnostics)).build();
    }

    private Resource<S> resource(String typeName, Diagnostics diagnostics) {
        Resource<S> resource = resources.get(typeName);
        if (resource == null) {
            diagnostics.error("Unknown resource type " + typeName,
                    "The " + providerName + " provider serves: " + String.join(", ", resources.keySet()));
        }
        return resource;
    }

    private S provider(Diagnostics diagnostics) {
        S provider = configured.get();
        if (provider == null) {
            diagnostics.error("The " + providerName + " provider is not configured",
                    "Fix the provider configuration errors shown above.");
        }
        return provider;
    }

    private void guard(Diagnostics diagnostics, Supplier<Void> action) {
        try {
            action.get();
        } catch (CtyCodecException e) {
            diagnostics.error("Terraform sent a value this provider cannot read", e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "internal error in the " + providerName + " provider", e);
            diagnostics.error("Internal error in the " + providerName + " provider", e
                    + " (the provider's log has the stack trace; run terraform with TF_LOG=debug to see it)");
        }
    }

    private static AttributePath root() {
        return new AttributePath(List.of());
    }

    private static Values values(Map<String, Object> map) {
        return map == null ? null : Values.of(map);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> copy(Map<String, Object> map) {
        return (Map<String, Object>) CtyValues.copy(map);
    }
}
