package dev.connectonboard.testsupport;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the output of {@code terraform show -json <plan>}: planned resources and outputs. */
public final class PlanJson {

    private final JsonNode plan;

    public PlanJson(JsonNode plan) {
        this.plan = plan;
    }

    /** Every managed resource (not data source) in the planned values, child modules included. */
    public List<JsonNode> resources() {
        List<JsonNode> all = new ArrayList<>();
        collect(plan.path("planned_values").path("root_module"), all);
        return all.stream().filter(r -> "managed".equals(r.path("mode").asText())).toList();
    }

    public List<JsonNode> resourcesOfType(String type) {
        return resources().stream().filter(r -> type.equals(r.path("type").asText())).toList();
    }

    public Optional<JsonNode> resource(String address) {
        return resources().stream().filter(r -> address.equals(r.path("address").asText())).findFirst();
    }

    public JsonNode requireResource(String address) {
        return resource(address).orElseThrow(() -> new AssertionError("plan has no resource " + address + "; it has "
                + addresses()));
    }

    public List<String> addresses() {
        return resources().stream().map(r -> r.path("address").asText()).sorted().toList();
    }

    /** Number of resources the plan creates. */
    public long createCount() {
        List<JsonNode> changes = new ArrayList<>();
        plan.path("resource_changes").forEach(changes::add);
        return changes.stream()
                .filter(c -> "managed".equals(c.path("mode").asText()))
                .filter(c -> c.path("change").path("actions").toString().contains("create"))
                .count();
    }

    /** A root output's planned value (sensitive values included: the JSON plan carries them). */
    public JsonNode output(String name) {
        JsonNode output = plan.path("planned_values").path("outputs").path(name);
        if (output.isMissingNode()) {
            throw new AssertionError("plan has no output " + name);
        }
        return output.path("value");
    }

    public boolean outputIsSensitive(String name) {
        return plan.path("planned_values").path("outputs").path(name).path("sensitive").asBoolean();
    }

    public JsonNode raw() {
        return plan;
    }

    private static void collect(JsonNode module, List<JsonNode> into) {
        module.path("resources").forEach(into::add);
        module.path("child_modules").forEach(child -> collect(child, into));
    }
}
