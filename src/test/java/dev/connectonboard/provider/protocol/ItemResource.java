package dev.connectonboard.provider.protocol;

import dev.connectonboard.provider.cty.CtyType;
import dev.connectonboard.provider.schema.Attribute;
import dev.connectonboard.provider.schema.Block;
import dev.connectonboard.provider.schema.NestedBlock;
import dev.connectonboard.provider.schema.Nesting;
import dev.connectonboard.provider.spi.AttributePath;
import dev.connectonboard.provider.spi.Diagnostics;
import dev.connectonboard.provider.spi.PlanModifiers;
import dev.connectonboard.provider.spi.ResourceWithImportState;
import dev.connectonboard.provider.spi.ResourceWithModifyPlan;
import dev.connectonboard.provider.spi.ResourceWithUpgradeState;
import dev.connectonboard.provider.spi.ResourceWithValidateConfig;
import dev.connectonboard.provider.spi.StateResponse;
import dev.connectonboard.provider.spi.Values;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code bridgetest_item}: an id the cloud assigns, a name that forces replacement, an optional value, a size the
 * provider defaults, a revision that changes on every update, a write-only secret and a list of rule blocks with a
 * computed label. Misbehaviour on demand (value {@code "break-promise"} applies another value) lets tests see the
 * protocol layer catch a resource that breaks Terraform's rules ({@code "rewrite-plan"} plans another value than the
 * configured one, {@code "leave-unknown"} leaves the revision unknown after create).
 */
final class ItemResource implements ResourceWithImportState<ItemCloud>, ResourceWithModifyPlan<ItemCloud>,
        ResourceWithValidateConfig<ItemCloud>, ResourceWithUpgradeState<ItemCloud> {

    static final Block SCHEMA = new Block("An item in the toy cloud.", List.of(
            Attribute.computed("id", CtyType.STRING, "Assigned by the cloud.")
                    .withPlanModifiers(PlanModifiers.useStateForUnknown()),
            Attribute.required("name", CtyType.STRING, "Changing it replaces the item.")
                    .withPlanModifiers(PlanModifiers.requiresReplace()),
            Attribute.optional("value", CtyType.STRING, "Free text."),
            Attribute.optionalComputed("size", CtyType.NUMBER, "Defaults to 1.")
                    .withPlanModifiers(PlanModifiers.useStateForUnknown()),
            Attribute.computed("revision", CtyType.NUMBER, "Counts updates."),
            Attribute.optional("secret_wo", CtyType.STRING, "Sent to the cloud, never stored.").asSensitive()
                    .asWriteOnly()),
            List.of(NestedBlock.of("rule", Nesting.LIST, new Block("A rule.", List.of(
                    Attribute.required("port", CtyType.NUMBER, "A port."),
                    Attribute.computed("label", CtyType.STRING, "rule-<port>, decided by the cloud.")
                            .withPlanModifiers(PlanModifiers.useStateForUnknown())))).withItems(0, 5)),
            1, false);

    /** Version 0 called {@code value} {@code val} and had no size, revision, secret or rules. */
    static final Block VERSION_0 = Block.of("version 0",
            Attribute.computed("id", CtyType.STRING, ""),
            Attribute.required("name", CtyType.STRING, ""),
            Attribute.optional("val", CtyType.STRING, ""));

    @Override
    public String typeName() {
        return "bridgetest_item";
    }

    @Override
    public Block schema() {
        return SCHEMA;
    }

    @Override
    public void validateConfig(Values config, Diagnostics diagnostics) {
        if (!config.isUnknown("name") && config.string("name").orElse("").contains(" ")) {
            diagnostics.error(AttributePath.attribute("name"), "Invalid name", "An item name has no spaces.");
        }
    }

    @Override
    public void modifyPlan(ModifyPlanRequest<ItemCloud> request, ModifyPlanResponse response) {
        Values plan = request.plan();
        if (plan == null) {
            return;
        }
        if (!plan.isUnknown("value") && "forbidden".equals(plan.string("value").orElse(null))) {
            response.diagnostics().error(AttributePath.attribute("value"), "Value refused",
                    "The cloud refuses \"forbidden\".");
        }
        if (plan.isUnknown("size") && request.config() != null && request.config().isNull("size")
                && request.state() == null) {
            response.set("size", BigDecimal.ONE);
        }
        if (!plan.isUnknown("value") && "rewrite-plan".equals(plan.string("value").orElse(null))) {
            response.set("value", "rewritten");
        }
        response.setPlannedPrivate("planned".getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void create(CreateRequest<ItemCloud> request, StateResponse response) {
        String id = "item-" + request.plan().string("name").orElseThrow();
        response.set("id", id);
        if (!"leave-unknown".equals(request.plan().string("value").orElse(null))) {
            response.set("revision", BigDecimal.ONE);
        }
        fill(request.plan(), response);
        if ("break-promise".equals(request.plan().string("value").orElse(null))) {
            response.set("value", "something else");
        }
        response.setPrivateState(("created:" + new String(request.plannedPrivate(), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8));
        request.provider().put(id, response.state().asMap());
    }

    @Override
    public void read(ReadRequest<ItemCloud> request, StateResponse response) {
        String id = request.state().string("id").orElseThrow();
        request.provider().get(id, SCHEMA.valueType()).ifPresentOrElse(response::setAll, response::removeFromState);
    }

    @Override
    public void update(UpdateRequest<ItemCloud> request, StateResponse response) {
        BigDecimal revision = request.state().number("revision").orElse(BigDecimal.ZERO).add(BigDecimal.ONE);
        response.set("revision", revision);
        fill(request.plan(), response);
        request.provider().put(request.state().string("id").orElseThrow(), response.state().asMap());
    }

    @Override
    public void delete(DeleteRequest<ItemCloud> request, Diagnostics diagnostics) {
        request.provider().remove(request.state().string("id").orElseThrow());
    }

    @Override
    public void importState(ImportRequest<ItemCloud> request, StateResponse response) {
        if (!request.id().startsWith("item-")) {
            response.diagnostics().error("Invalid import id", "Expected item-<name>, got \"" + request.id() + "\".");
            return;
        }
        ResourceWithImportState.passthroughId("id", request, response);
    }

    @Override
    public Map<Long, StateUpgrader> stateUpgraders() {
        return Map.of(0L, new StateUpgrader(VERSION_0, (prior, diagnostics) -> {
            Map<String, Object> upgraded = new LinkedHashMap<>();
            upgraded.put("id", prior.get("id"));
            upgraded.put("name", prior.get("name"));
            upgraded.put("value", prior.get("val"));
            upgraded.put("size", BigDecimal.ONE);
            upgraded.put("revision", BigDecimal.ONE);
            upgraded.put("secret_wo", null);
            upgraded.put("rule", List.of());
            return upgraded;
        }));
    }

    private static void fill(Values plan, StateResponse response) {
        if (plan.isUnknown("size")) {
            response.set("size", BigDecimal.ONE);
        }
        List<Object> rules = new ArrayList<>();
        for (Values rule : plan.objects("rule")) {
            Map<String, Object> filled = rule.mutableCopy();
            if (rule.isUnknown("label")) {
                filled.put("label", "rule-" + rule.number("port").orElseThrow().toPlainString());
            }
            rules.add(filled);
        }
        response.set("rule", rules);
    }
}
