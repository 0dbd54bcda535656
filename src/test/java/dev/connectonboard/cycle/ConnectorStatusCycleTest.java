package dev.connectonboard.cycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectonboard.standin.StandInCloud;
import dev.connectonboard.testsupport.StandInCycle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A managed connector whose status Confluent Cloud reports as FAILED (or that someone paused outside Terraform),
 * planned and applied with real Terraform against the stand-ins. The stand-in does not refuse status transitions, so
 * each plan is held to the rule the real provider applies before any config update (see {@link #providerAccepts}).
 */
class ConnectorStatusCycleTest {
    private static final String LEDGER = "module.department.module.connectors[0].confluent_connector.this"
            + "[\"fin-ledger-s3-sink\"]";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path work;
    private static StandInCycle cycle;
    private static String shipped;
    private static JsonNode ledgerAsApplied;

    @BeforeAll
    static void applyFinance() throws Exception {
        cycle = StandInCycle.ofExamples(work);
        cycle.generate();
        cycle.root("finance").converge();
        shipped = Files.readString(cycle.departmentsDir().resolve("finance.yaml"));
        ledgerAsApplied = ledgerInCloud().getValue();
    }

    @AfterEach
    void putDescriptorAndCloudBack() throws Exception {
        Files.writeString(cycle.departmentsDir().resolve("finance.yaml"), shipped);
        cycle.generate();
        cycle.confluentCloud().putObject("confluent_connector", ledgerInCloud().getKey(), asMap(ledgerAsApplied));
    }

    @AfterAll
    static void stop() {
        cycle.close();
    }

    @Test
    void theApplyThatFixesAFailedConnectorsConfigUpdatesItWithoutAStatusTransition() throws Exception {
        setLedgerStatus("FAILED");
        cycle.editDescriptor("finance", "flush.size: 1000", "flush.size: 5000");
        cycle.generate();
        StandInCycle.Root finance = cycle.root("finance");

        StandInCycle.Plan plan = finance.plan();

        assertEquals(Map.of(LEDGER, List.of("update")), plan.changes());
        JsonNode change = change(plan, LEDGER);
        assertEquals("FAILED", change.path("before").path("status").asText());
        assertEquals("FAILED", change.path("after").path("status").asText(), "the status is left to Confluent Cloud");
        assertEquals("5000", change.path("after").path("config_nonsensitive").path("flush.size").asText());
        assertTrue(providerAccepts(change), "provider 2.83 would apply this update");
        assertTrue(plan.result().stdout().contains("Not healthy in Confluent Cloud: fin-ledger-s3-sink (FAILED)"),
                plan.result().stdout());

        finance.apply();
        assertEquals("5000", ledgerInCloud().getValue().path("config_nonsensitive").path("flush.size").asText());
    }

    @Test
    void aConnectorPausedOutsideTerraformIsLeftAloneWithAWarningUntilStateRunningResumesIt() throws Exception {
        setLedgerStatus("PAUSED");
        StandInCycle.Root finance = cycle.root("finance");

        StandInCycle.Plan untouched = finance.plan();
        assertEquals(Map.of(), untouched.changes());
        assertTrue(untouched.result().stdout().contains("Paused in Confluent Cloud but not declared paused: "
                + "fin-ledger-s3-sink"), untouched.result().stdout());

        cycle.editDescriptor("finance", "    tasks: 2\n", "    tasks: 2\n    state: running\n");
        cycle.generate();
        StandInCycle.Plan resume = finance.plan();
        JsonNode change = change(resume, LEDGER);
        assertEquals(List.of("PAUSED", "RUNNING"), List.of(change.path("before").path("status").asText(),
                change.path("after").path("status").asText()));
        assertTrue(providerAccepts(change));
        finance.apply();
        assertEquals("RUNNING", ledgerInCloud().getValue().path("status").asText());
    }

    @Test
    void stateRunningKeepsTheOldBehaviourThatTheReadmeWarnsAbout() throws Exception {
        setLedgerStatus("FAILED");
        cycle.editDescriptor("finance", "    tasks: 2\n", "    tasks: 2\n    state: running\n");
        cycle.editDescriptor("finance", "flush.size: 1000", "flush.size: 5000");
        cycle.generate();

        JsonNode change = change(cycle.root("finance").plan(), LEDGER);

        // what every managed connector planned before the fix: the provider stops at the status and never sends
        // the config (resource_connector.go, connectorUpdate)
        assertEquals("RUNNING", change.path("after").path("status").asText());
        assertFalse(providerAccepts(change));
    }

    /**
     * Whether confluentinc/confluent 2.83 would apply this planned update: {@code connectorUpdate} handles a status
     * change first and accepts only RUNNING -> PAUSED and PAUSED -> RUNNING; any other change of status returns an
     * error before the config is sent (internal/provider/resource_connector.go).
     */
    static boolean providerAccepts(JsonNode change) {
        String before = change.path("before").path("status").asText();
        String after = change.path("after").path("status").asText();
        return before.equals(after) || Set.of("RUNNING>PAUSED", "PAUSED>RUNNING").contains(before + ">" + after);
    }

    private static JsonNode change(StandInCycle.Plan plan, String address) {
        for (JsonNode change : plan.json().path("resource_changes")) {
            if (change.path("address").asText().equals(address)) {
                return change.path("change");
            }
        }
        throw new AssertionError("no change for " + address + " in " + plan.actions().keySet());
    }

    private static void setLedgerStatus(String status) {
        Map.Entry<String, JsonNode> ledger = ledgerInCloud();
        Map<String, Object> attributes = asMap(ledger.getValue());
        attributes.put("status", status);
        cycle.confluentCloud().putObject("confluent_connector", ledger.getKey(), attributes);
    }

    private static Map.Entry<String, JsonNode> ledgerInCloud() {
        StandInCloud cloud = cycle.confluentCloud();
        return cloud.objects("confluent_connector").entrySet().stream()
                .filter(e -> e.getValue().path("config_nonsensitive").path("name").asText()
                        .equals("fin-ledger-s3-sink"))
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(JsonNode json) {
        return JSON.convertValue(json, Map.class);
    }
}
