package dev.connectonboard.provider.protocol;

import com.google.protobuf.ByteString;
import dev.connectonboard.provider.cty.CtyType;
import dev.connectonboard.provider.cty.Unknown;
import dev.connectonboard.provider.proto.tfplugin6.Tfplugin6;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The managed-resource RPCs through the real gRPC server, played the way Terraform plays them (validate, plan,
 * apply, read, import, upgrade, destroy), with a toy resource; the rules of Terraform's resource lifecycle are held by
 * the protocol layer, not by the resource.
 */
class ResourceProtocolTest {
    private static final CtyType.ObjectOf TYPE = ItemResource.SCHEMA.valueType();
    private static final String ITEM = "bridgetest_item";

    @TempDir
    Path dir;
    private ServedProvider provider;
    private ItemCloud cloud;

    @BeforeEach
    void serve() throws Exception {
        Path file = dir.resolve("cloud.json");
        cloud = new ItemCloud(file);
        provider = new ServedProvider(new ItemProvider(Map.of(ItemCloud.FILE_ENV, file.toString())));
        Tfplugin6.ConfigureProvider.Response configured = provider.rpc().configureProvider(
                Tfplugin6.ConfigureProvider.Request.newBuilder()
                        .setConfig(ServedProvider.value(CtyType.object(Map.of()), Map.of())).build());
        assertEquals(0, configured.getDiagnosticsCount(), configured::toString);
    }

    @AfterEach
    void stop() throws InterruptedException {
        provider.close();
    }

    @Test
    void schemaListsTheResourceWithVersionNestedBlocksAndWriteOnlyAttributes() {
        Tfplugin6.GetProviderSchema.Response schemas = provider.rpc()
                .getProviderSchema(Tfplugin6.GetProviderSchema.Request.getDefaultInstance());
        Tfplugin6.Schema item = schemas.getResourceSchemasOrThrow(ITEM);
        assertEquals(1, item.getVersion());
        Tfplugin6.Schema.NestedBlock rule = item.getBlock().getBlockTypes(0);
        assertEquals("rule", rule.getTypeName());
        assertEquals(Tfplugin6.Schema.NestedBlock.NestingMode.LIST, rule.getNesting());
        assertEquals(5, rule.getMaxItems());
        Tfplugin6.Schema.Attribute secret = item.getBlock().getAttributesList().stream()
                .filter(a -> a.getName().equals("secret_wo")).findFirst().orElseThrow();
        assertTrue(secret.getWriteOnly() && secret.getSensitive() && secret.getOptional());
        assertTrue(schemas.getServerCapabilities().getPlanDestroy());

        Tfplugin6.GetMetadata.Response metadata = provider.rpc()
                .getMetadata(Tfplugin6.GetMetadata.Request.getDefaultInstance());
        assertEquals(ITEM, metadata.getResources(0).getTypeName());
    }

    @Test
    void validateReportsTheResourcesOwnRuleOnTheAttributeAndSkipsUnknowns() {
        Tfplugin6.ValidateResourceConfig.Response bad = validate(config("a b", null, null, List.of()));
        assertEquals("Invalid name", bad.getDiagnostics(0).getSummary());
        assertEquals("name", bad.getDiagnostics(0).getAttribute().getSteps(0).getAttributeName());

        assertEquals(0, validate(config(Unknown.VALUE, null, null, List.of())).getDiagnosticsCount());
    }

    @Test
    void createPlansComputedValuesUnknownKeepsConfiguredOnesAndNeverPlansAWriteOnlyValue() {
        Map<String, Object> config = config("alpha", "v1", "s3cret", List.of(rule(80)));

        Tfplugin6.PlanResourceChange.Response plan = plan(null, config);

        assertEquals(0, plan.getDiagnosticsCount(), plan::toString);
        Map<String, Object> planned = decode(plan.getPlannedState());
        assertEquals(Unknown.VALUE, planned.get("id"));
        assertEquals(Unknown.VALUE, planned.get("revision"));
        assertEquals("alpha", planned.get("name"));
        assertEquals("v1", planned.get("value"));
        assertNull(planned.get("secret_wo"), "write-only values never reach the plan");
        assertEquals(0, new BigDecimal("1").compareTo((BigDecimal) planned.get("size")), "set by ModifyPlan");
        assertEquals(Unknown.VALUE, rules(planned).get(0).get("label"));
        assertEquals("planned", plan.getPlannedPrivate().toString(StandardCharsets.UTF_8));
        assertEquals(0, plan.getRequiresReplaceCount());
    }

    @Test
    void applyFillsUnknownsStoresTheObjectAndKeepsPrivateState() {
        Map<String, Object> config = config("alpha", "v1", "s3cret", List.of(rule(80)));
        Tfplugin6.PlanResourceChange.Response plan = plan(null, config);

        Tfplugin6.ApplyResourceChange.Response applied = apply(null, plan, config);

        assertEquals(0, applied.getDiagnosticsCount(), applied::toString);
        Map<String, Object> state = decode(applied.getNewState());
        assertEquals("item-alpha", state.get("id"));
        assertEquals("rule-80", rules(state).get(0).get("label"));
        assertNull(state.get("secret_wo"));
        assertEquals("created:planned", applied.getPrivate().toString(StandardCharsets.UTF_8));
        assertTrue(cloud.raw().containsKey("item-alpha"));
    }

    @Test
    void unchangedConfigurationPlansExactlyThePriorState() {
        Map<String, Object> config = config("alpha", "v1", null, List.of(rule(80)));
        Map<String, Object> state = create(config);

        Map<String, Object> planned = decode(plan(state, config).getPlannedState());

        assertEquals(state, planned);
    }

    @Test
    void anUpdateKeepsStableComputedValuesAndLeavesTheOthersUnknown() {
        Map<String, Object> state = create(config("alpha", "v1", null, List.of(rule(80))));
        Map<String, Object> changed = config("alpha", "v2", null, List.of(rule(80), rule(443)));

        Tfplugin6.PlanResourceChange.Response plan = plan(state, changed);

        Map<String, Object> planned = decode(plan.getPlannedState());
        assertEquals("item-alpha", planned.get("id"), "useStateForUnknown");
        assertEquals(Unknown.VALUE, planned.get("revision"));
        assertEquals("rule-80", rules(planned).get(0).get("label"));
        assertEquals(Unknown.VALUE, rules(planned).get(1).get("label"), "a new rule has no prior label");
        assertEquals(0, plan.getRequiresReplaceCount());

        Tfplugin6.ApplyResourceChange.Response applied = apply(state, plan, changed);
        assertEquals(0, applied.getDiagnosticsCount(), applied::toString);
        assertEquals(0, new BigDecimal(2).compareTo((BigDecimal) decode(applied.getNewState()).get("revision")));
    }

    @Test
    void changingARequiresReplaceAttributeAsksForReplacement() {
        Map<String, Object> state = create(config("alpha", "v1", null, List.of()));

        Tfplugin6.PlanResourceChange.Response plan = plan(state, config("beta", "v1", null, List.of()));

        assertEquals(1, plan.getRequiresReplaceCount(), plan::toString);
        assertEquals("name", plan.getRequiresReplace(0).getSteps(0).getAttributeName());
        assertEquals(Unknown.VALUE, decode(plan.getPlannedState()).get("id"),
                "a replacement gets a new id, whatever useStateForUnknown says");
    }

    @Test
    void aResourceThatAppliesAnotherValueThanPlannedGetsAnErrorNamingTheAttribute() {
        Map<String, Object> config = config("alpha", "break-promise", null, List.of());
        Tfplugin6.PlanResourceChange.Response plan = plan(null, config);

        Tfplugin6.ApplyResourceChange.Response applied = apply(null, plan, config);

        assertEquals(1, applied.getDiagnosticsCount(), applied::toString);
        Tfplugin6.Diagnostic error = applied.getDiagnostics(0);
        assertTrue(error.getSummary().contains("applied a value other than the planned one"), error::toString);
        assertEquals("value", error.getAttribute().getSteps(0).getAttributeName());
    }

    @Test
    void aResourceThatPlansAnotherValueThanConfiguredGetsAnErrorNamingTheAttribute() {
        Tfplugin6.PlanResourceChange.Response plan = plan(null, config("alpha", "rewrite-plan", null, List.of()));

        assertEquals(1, plan.getDiagnosticsCount(), plan::toString);
        assertTrue(plan.getDiagnostics(0).getSummary().contains("planned a value other than the configured one"));
        assertEquals("value", plan.getDiagnostics(0).getAttribute().getSteps(0).getAttributeName());
        assertTrue(plan.getPlannedState().getMsgpack().isEmpty(), "no plan next to an error");
    }

    @Test
    void aCreateThatLeavesAValueUnknownGetsAnErrorAndNoUnknownReachesTheState() {
        Map<String, Object> config = config("alpha", "leave-unknown", null, List.of());

        Tfplugin6.ApplyResourceChange.Response applied = apply(null, plan(null, config), config);

        assertEquals(1, applied.getDiagnosticsCount(), applied::toString);
        assertTrue(applied.getDiagnostics(0).getSummary().contains("left a value unknown"), applied::toString);
        assertEquals("revision", applied.getDiagnostics(0).getAttribute().getSteps(0).getAttributeName());
        Map<String, Object> state = decode(applied.getNewState());
        assertEquals("item-alpha", state.get("id"), "what was created is recorded");
        assertNull(state.get("revision"));
    }

    @Test
    void modifyPlanDiagnosticsFailThePlan() {
        Tfplugin6.PlanResourceChange.Response plan = plan(null, config("alpha", "forbidden", null, List.of()));

        assertEquals("Value refused", plan.getDiagnostics(0).getSummary());
        assertTrue(plan.getPlannedState().getMsgpack().isEmpty(), "no plan next to an error");
    }

    @Test
    void readReportsDriftAndAnObjectGoneFromTheCloudAsNull() {
        Map<String, Object> state = create(config("alpha", "v1", null, List.of()));
        Map<String, Object> drifted = new LinkedHashMap<>(state);
        drifted.put("value", "changed elsewhere");
        cloud.put("item-alpha", drifted);

        assertEquals("changed elsewhere", decode(read(state).getNewState()).get("value"));

        cloud.remove("item-alpha");
        Tfplugin6.ReadResource.Response gone = read(state);
        assertEquals(0, gone.getDiagnosticsCount(), gone::toString);
        assertNull(ServedProvider.decode(TYPE, gone.getNewState()));
    }

    @Test
    void aPlannedDestroyIsNullAndItsApplyDeletes() {
        Map<String, Object> state = create(config("alpha", "v1", null, List.of()));

        Tfplugin6.PlanResourceChange.Response plan = provider.rpc().planResourceChange(
                Tfplugin6.PlanResourceChange.Request.newBuilder().setTypeName(ITEM)
                        .setPriorState(ServedProvider.value(TYPE, state))
                        .setProposedNewState(ServedProvider.value(TYPE, null))
                        .setConfig(ServedProvider.value(TYPE, null)).build());
        assertNull(ServedProvider.decode(TYPE, plan.getPlannedState()));

        Tfplugin6.ApplyResourceChange.Response applied = provider.rpc().applyResourceChange(
                Tfplugin6.ApplyResourceChange.Request.newBuilder().setTypeName(ITEM)
                        .setPriorState(ServedProvider.value(TYPE, state))
                        .setPlannedState(ServedProvider.value(TYPE, null))
                        .setConfig(ServedProvider.value(TYPE, null)).build());
        assertEquals(0, applied.getDiagnosticsCount(), applied::toString);
        assertNull(ServedProvider.decode(TYPE, applied.getNewState()));
        assertFalse(cloud.raw().containsKey("item-alpha"));
    }

    @Test
    void importSetsTheIdThenReadFillsTheRestAndABadIdSaysWhatIsExpected() {
        create(config("alpha", "v1", null, List.of(rule(22))));

        Tfplugin6.ImportResourceState.Response imported = provider.rpc().importResourceState(
                Tfplugin6.ImportResourceState.Request.newBuilder().setTypeName(ITEM).setId("item-alpha").build());
        Map<String, Object> stub = decode(imported.getImportedResources(0).getState());
        assertEquals("item-alpha", stub.get("id"));
        assertNull(stub.get("name"));
        Map<String, Object> read = decode(read(stub).getNewState());
        assertEquals("alpha", read.get("name"));
        assertEquals("rule-22", rules(read).get(0).get("label"));

        Tfplugin6.ImportResourceState.Response bad = provider.rpc().importResourceState(
                Tfplugin6.ImportResourceState.Request.newBuilder().setTypeName(ITEM).setId("alpha").build());
        assertTrue(bad.getDiagnostics(0).getDetail().contains("Expected item-<name>"), bad::toString);
    }

    @Test
    void upgradeReadsOlderVersionsThroughTheirUpgraderAndTheCurrentOneIgnoringDroppedAttributes() {
        Map<String, Object> upgraded = decode(upgrade(0, "{\"id\":\"item-old\",\"name\":\"old\",\"val\":\"x\"}")
                .getUpgradedState());
        assertEquals("x", upgraded.get("value"));
        assertEquals("item-old", upgraded.get("id"));

        Map<String, Object> current = decode(upgrade(1, "{\"id\":\"item-a\",\"name\":\"a\",\"dropped\":true}")
                .getUpgradedState());
        assertEquals("a", current.get("name"));

        Tfplugin6.UpgradeResourceState.Response newer = upgrade(7, "{}");
        assertEquals("State written by a newer provider", newer.getDiagnostics(0).getSummary());
    }

    @Test
    void anUnknownResourceTypeIsADiagnosticNotAFailure() {
        Tfplugin6.ReadResource.Response response = provider.rpc().readResource(Tfplugin6.ReadResource.Request
                .newBuilder().setTypeName("bridgetest_nothing").setCurrentState(ServedProvider.value(TYPE, null))
                .build());
        assertEquals("Unknown resource type bridgetest_nothing", response.getDiagnostics(0).getSummary());
    }

    // --- Terraform's side of the conversation

    private Map<String, Object> create(Map<String, Object> config) {
        Tfplugin6.ApplyResourceChange.Response applied = apply(null, plan(null, config), config);
        assertEquals(0, applied.getDiagnosticsCount(), applied::toString);
        return decode(applied.getNewState());
    }

    private Tfplugin6.ValidateResourceConfig.Response validate(Map<String, Object> config) {
        return provider.rpc().validateResourceConfig(Tfplugin6.ValidateResourceConfig.Request.newBuilder()
                .setTypeName(ITEM).setConfig(ServedProvider.value(TYPE, config)).build());
    }

    /** Terraform's proposed new state: configured values, and prior values where the configuration has none. */
    private Tfplugin6.PlanResourceChange.Response plan(Map<String, Object> prior, Map<String, Object> config) {
        Map<String, Object> proposed = new LinkedHashMap<>(config);
        if (prior != null) {
            for (String computed : List.of("id", "size", "revision")) {
                if (proposed.get(computed) == null) {
                    proposed.put(computed, prior.get(computed));
                }
            }
            List<Map<String, Object>> rules = new ArrayList<>();
            List<Map<String, Object>> priorRules = rules(prior);
            List<Map<String, Object>> configRules = rules(config);
            for (int i = 0; i < configRules.size(); i++) {
                Map<String, Object> rule = new LinkedHashMap<>(configRules.get(i));
                if (i < priorRules.size()) {
                    rule.put("label", priorRules.get(i).get("label"));
                }
                rules.add(rule);
            }
            proposed.put("rule", rules);
        }
        return provider.rpc().planResourceChange(Tfplugin6.PlanResourceChange.Request.newBuilder()
                .setTypeName(ITEM)
                .setPriorState(ServedProvider.value(TYPE, prior))
                .setProposedNewState(ServedProvider.value(TYPE, proposed))
                .setConfig(ServedProvider.value(TYPE, config)).build());
    }

    private Tfplugin6.ApplyResourceChange.Response apply(Map<String, Object> prior,
                                                        Tfplugin6.PlanResourceChange.Response plan,
                                                        Map<String, Object> config) {
        return provider.rpc().applyResourceChange(Tfplugin6.ApplyResourceChange.Request.newBuilder()
                .setTypeName(ITEM)
                .setPriorState(ServedProvider.value(TYPE, prior))
                .setPlannedState(plan.getPlannedState())
                .setConfig(ServedProvider.value(TYPE, config))
                .setPlannedPrivate(plan.getPlannedPrivate()).build());
    }

    private Tfplugin6.ReadResource.Response read(Map<String, Object> state) {
        return provider.rpc().readResource(Tfplugin6.ReadResource.Request.newBuilder().setTypeName(ITEM)
                .setCurrentState(ServedProvider.value(TYPE, state)).build());
    }

    private Tfplugin6.UpgradeResourceState.Response upgrade(long version, String json) {
        return provider.rpc().upgradeResourceState(Tfplugin6.UpgradeResourceState.Request.newBuilder()
                .setTypeName(ITEM).setVersion(version)
                .setRawState(Tfplugin6.RawState.newBuilder().setJson(ByteString.copyFromUtf8(json))).build());
    }

    private static Map<String, Object> config(Object name, String value, String secret, List<Object> rules) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("id", null);
        config.put("name", name);
        config.put("value", value);
        config.put("size", null);
        config.put("revision", null);
        config.put("secret_wo", secret);
        config.put("rule", rules);
        return config;
    }

    private static Map<String, Object> rule(int port) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("port", new BigDecimal(port));
        rule.put("label", null);
        return rule;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> decode(Tfplugin6.DynamicValue value) {
        return (Map<String, Object>) ServedProvider.decode(TYPE, value);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rules(Map<String, Object> object) {
        return (List<Map<String, Object>>) object.get("rule");
    }
}
