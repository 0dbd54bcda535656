package dev.connectonboard.standin;

import dev.connectonboard.provider.cty.CtyType;
import dev.connectonboard.provider.schema.Block;
import dev.connectonboard.provider.spi.Diagnostics;
import dev.connectonboard.provider.spi.ResourceWithImportState;
import dev.connectonboard.provider.spi.ResourceWithModifyPlan;
import dev.connectonboard.provider.spi.ResourceWithValidateConfig;
import dev.connectonboard.provider.spi.StateResponse;
import dev.connectonboard.provider.spi.Values;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Any resource type of a real provider, served from its schema: the plan keeps configured values exactly, computed
 * ones are unknown on create and kept on update, ForceNew attributes replace (all through {@link StandInSchema}'s
 * plan modifiers and the bridge's lifecycle rules); apply fills the unknowns deterministically and records the
 * object in the cloud under its id; read returns the cloud's object (or nothing when it is gone); import finds the
 * cloud's object from the documented id format.
 */
final class StandInResource implements ResourceWithImportState<StandIn>, ResourceWithModifyPlan<StandIn>,
        ResourceWithValidateConfig<StandIn> {
    private final String type;
    private final Flavour flavour;
    private final Supplier<Block> realSchema;
    private volatile Block schema;

    StandInResource(String type, Flavour flavour, Supplier<Block> realSchema) {
        this.type = type;
        this.flavour = flavour;
        this.realSchema = realSchema;
    }

    @Override
    public String typeName() {
        return type;
    }

    @Override
    public Block schema() {
        Block built = schema;
        if (built == null) {
            built = StandInSchema.withBehaviour(type, realSchema.get(), flavour);
            schema = built;
        }
        return built;
    }

    @Override
    public void validateConfig(Values config, Diagnostics diagnostics) {
        flavour.validate(type, true, config, diagnostics);
    }

    @Override
    public void modifyPlan(ModifyPlanRequest<StandIn> request, ModifyPlanResponse response) {
        if (request.plan() == null || request.provider() == null) {
            return;
        }
        Map<String, Object> planned = request.plan().mutableCopy();
        flavour.adjustPlan(type, planned, request.provider().providerConfig());
        planned.forEach(response::set);
    }

    @Override
    public void create(CreateRequest<StandIn> request, StateResponse response) {
        Map<String, Object> state = request.plan().mutableCopy();
        request.provider().fabricator().fill(type, type(), state);
        String key = key(state);
        String stored = request.provider().cloud().createObject(type, key, free -> {
            if (!free.equals(key) && state.containsKey("id")) {
                state.put("id", free);
            }
            return state;
        });
        response.setAll(state);
        response.setPrivateState(stored.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void read(ReadRequest<StandIn> request, StateResponse response) {
        String key = key(request.state().asMap(), request.privateState());
        Optional<Map<String, Object>> object = request.provider().cloud().object(type, key, type());
        object.ifPresentOrElse(response::setAll, response::removeFromState);
    }

    @Override
    public void update(UpdateRequest<StandIn> request, StateResponse response) {
        Map<String, Object> state = request.plan().mutableCopy();
        request.provider().fabricator().fill(type, type(), state);
        String key = key(request.state().asMap(), request.plannedPrivate());
        request.provider().cloud().putObject(type, key, state);
        response.setAll(state);
        response.setPrivateState(key.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void delete(DeleteRequest<StandIn> request, Diagnostics diagnostics) {
        request.provider().cloud().removeObject(type, key(request.state().asMap(), request.privateState()));
    }

    @Override
    public void importState(ImportRequest<StandIn> request, StateResponse response) {
        Flavour.ImportId parsed = flavour.parseImportId(type, request.id());
        if (parsed.error() != null) {
            response.diagnostics().error("Invalid import id for " + type, parsed.error());
            return;
        }
        StandInCloud cloud = request.provider().cloud();
        for (Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> object : cloud.objects(type).entrySet()) {
            Map<String, Object> values = StandInCloud.decode(object.getValue(), type());
            if (parsed.attributes().entrySet().stream()
                    .allMatch(part -> part.getValue().equals(at(values, part.getKey())))) {
                response.setAll(values);
                response.setPrivateState(object.getKey().getBytes(StandardCharsets.UTF_8));
                return;
            }
        }
        response.diagnostics().error("Cannot import non-existent remote object",
                "No " + type + " matches the import id \"" + request.id() + "\" in the stand-in cloud ("
                        + cloud.file() + ").");
    }

    private CtyType.ObjectOf type() {
        return schema().valueType();
    }

    /** The cloud key of an object: its id when the schema has one, else a hash of its configured values. */
    private String key(Map<String, Object> state) {
        Object id = state.get("id");
        if (id instanceof String text) {
            return text;
        }
        return type + "-" + Fabricator.hash(String.valueOf(state)).substring(0, 12);
    }

    private String key(Map<String, Object> state, byte[] privateState) {
        Object id = state.get("id");
        if (id instanceof String text) {
            return text;
        }
        return new String(privateState, StandardCharsets.UTF_8);
    }

    /** The value at a dotted path: attributes, the first object of list/set blocks, map keys. */
    @SuppressWarnings("unchecked")
    static Object at(Map<String, Object> object, String path) {
        Object current = object;
        for (String step : path.split("\\.")) {
            if (current instanceof List<?> list) {
                current = list.isEmpty() ? null : list.get(0);
            }
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = ((Map<String, Object>) map).get(step);
        }
        if (current instanceof List<?> list && list.size() == 1 && !(list.get(0) instanceof Map)) {
            return list.get(0);
        }
        return current;
    }


}
