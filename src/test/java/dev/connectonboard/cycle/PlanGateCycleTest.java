package dev.connectonboard.cycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectonboard.cli.CliTestSupport;
import dev.connectonboard.cli.CliTestSupport.CliResult;
import dev.connectonboard.testsupport.StandInCycle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plan gate on plans real Terraform makes through the stand-in providers: finance (the example) is applied to
 * local state once; then each test edits its descriptor as a department would, regenerates, plans (saved plan,
 * {@code terraform show -json}) and runs {@code connect-onboard plan check} on it, asserting each verdict, its class
 * and its descriptor {@code file:line}. Nothing is applied after the first apply, so every test plans against the
 * same state.
 */
class PlanGateCycleTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOPICS = "module.department.module.topics.confluent_kafka_topic.";
    private static final String CONNECTORS = "module.department.module.connectors[0].confluent_connector.this";

    @TempDir
    static Path work;
    private static StandInCycle cycle;
    private static String original;
    private static Path descriptor;

    @BeforeAll
    static void applyFinance() throws IOException {
        cycle = StandInCycle.ofExamples(work);
        cycle.generate();
        cycle.root("finance").converge();
        descriptor = cycle.departmentsDir().resolve("finance.yaml");
        original = Files.readString(descriptor);
    }

    @AfterEach
    void restoreTheDescriptor() throws IOException {
        Files.writeString(descriptor, original);
        cycle.generate();
    }

    /** Plans finance as it is generated now and writes the JSON plan where the gate reads it. */
    private Path plan(String name, String... extraArgs) throws IOException {
        StandInCycle.Plan plan = cycle.root("finance").plan(extraArgs);
        return Files.writeString(work.resolve(name + ".plan.json"), JSON.writeValueAsString(plan.json()));
    }

    private static CliResult gate(Path plan, String format) {
        return CliTestSupport.run("plan", "check", "--platform", cycle.platformFile(), "--plan", plan, "--format",
                format, cycle.departmentsDir());
    }

    private static JsonNode report(Path plan, int expectedExit) throws IOException {
        CliResult result = gate(plan, "json");
        assertEquals(expectedExit, result.exitCode(), result::toString);
        JsonNode report = JSON.readTree(result.out());
        assertEquals("finance", report.at("/departments/0/name").asText());
        return report.at("/departments/0");
    }

    private static List<JsonNode> changes(JsonNode department, Predicate<JsonNode> which) {
        List<JsonNode> found = new ArrayList<>();
        department.path("changes").forEach(c -> {
            if (which.test(c)) {
                found.add(c);
            }
        });
        return found;
    }

    private static JsonNode change(JsonNode department, String address) {
        List<JsonNode> found = changes(department, c -> c.path("address").asText().equals(address));
        assertEquals(1, found.size(), () -> address + " in " + department.path("changes"));
        return found.get(0);
    }

    /** The 1-based line of the first line of the descriptor (as it is now) that starts with the text. */
    private static int line(String startsWith) throws IOException {
        List<String> lines = Files.readAllLines(descriptor);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(startsWith)) {
                return i + 1;
            }
        }
        throw new AssertionError(descriptor + " has no line starting with " + startsWith);
    }

    private static void assertSource(JsonNode change, int line) {
        assertEquals(descriptor.toString(), change.at("/source/file").asText(), change::toString);
        assertEquals(line, change.at("/source/line").asInt(), change::toString);
    }

    @Test
    void theUnchangedExamplePasses() throws IOException {
        JsonNode finance = report(plan("unchanged"), 0);
        assertTrue(finance.get("passed").asBoolean());
        assertEquals(0, finance.get("changes").size(), finance::toString);
        assertTrue(finance.get("unchanged").asInt() > 10, finance::toString);
    }

    @Test
    void aRemovedTopicIsARedCheckNamingItAndTheAcknowledgedVersionPasses() throws IOException {
        cycle.editDescriptor("finance", """
                  - name: fin.reporting.daily
                    partitions: 3
                    config:
                      cleanup.policy: compact
                """, "");
        cycle.editDescriptor("finance", "topics: [fin.reporting.daily]", "topics: [fin.ledger.entries]");
        cycle.generate();
        Path plan = plan("topic-removed");

        JsonNode finance = report(plan, 1);
        JsonNode deleted = change(finance, TOPICS + "department[\"fin.reporting.daily\"]");
        assertEquals("destroys-data", deleted.get("effect").asText());
        assertEquals("delete", deleted.get("action").asText());
        assertTrue(deleted.get("blocking").asBoolean());
        assertSource(deleted, line("topics:"));
        assertEquals(List.of(deleted), changes(finance, c -> c.get("blocking").asBoolean()), "the only blocking one");

        CliResult text = gate(plan, "text");
        assertTrue(text.out().contains("BLOCKED " + descriptor + ":" + line("topics:") + ": topic fin.reporting.daily "
                + "is deleted: destroys data, every record in it is lost (no longer declared under topics (removed or "
                + "renamed))"), text::toString);
        assertTrue(text.out().contains("to accept it, add to " + descriptor + " under acknowledgements: { topic: "
                + "fin.reporting.daily, action: delete, reason: "), text::toString);
        CliResult sarif = gate(plan, "sarif");
        JsonNode result = JSON.readTree(sarif.out()).at("/runs/0/results/0");
        assertEquals("destroys-data", result.get("ruleId").asText());
        assertEquals("error", result.get("level").asText());
        assertEquals(line("topics:"), result.at("/locations/0/physicalLocation/region/startLine").asInt());

        Files.writeString(descriptor, Files.readString(descriptor) + """
                acknowledgements:
                  - topic: fin.reporting.daily
                    action: delete
                    reason: "Daily reporting moved to fin.ledger.entries, history archived in S3 (CHG-4711)"
                """);
        JsonNode acknowledged = report(plan, 0);
        JsonNode passed = change(acknowledged, TOPICS + "department[\"fin.reporting.daily\"]");
        assertFalse(passed.get("blocking").asBoolean());
        assertEquals(line("  - topic: fin.reporting.daily"), passed.at("/acknowledgement/source/line").asInt());
        assertEquals(0, acknowledged.get("unmatchedAcknowledgements").size());
    }

    @Test
    void aRenamedConnectorResetsItAndDestroysItsDeadLetterQueue() throws IOException {
        cycle.editDescriptor("finance", "  - name: fin-ledger-s3-sink", "  - name: fin-ledger-archive-sink");
        cycle.generate();
        JsonNode finance = report(plan("connector-renamed"), 1);

        JsonNode reset = change(finance, CONNECTORS + "[\"fin-ledger-s3-sink\"]");
        assertEquals("resets-connectors", reset.get("effect").asText());
        assertTrue(reset.get("blocking").asBoolean());
        assertSource(reset, line("connectors:"));
        JsonNode dlq = change(finance, TOPICS + "dlq[\"fin.dlq.fin-ledger-s3-sink\"]");
        assertEquals("destroys-data", dlq.get("effect").asText());
        assertTrue(dlq.get("message").asText().contains("its connector fin-ledger-s3-sink is no longer declared"),
                dlq::toString);
        assertSource(dlq, line("connectors:"));
        JsonNode created = change(finance, CONNECTORS + "[\"fin-ledger-archive-sink\"]");
        assertEquals("adds", created.get("effect").asText());
        assertSource(created, line("  - name: fin-ledger-archive-sink"));
        assertEquals(2, finance.path("changes").findValues("blocking").stream().filter(JsonNode::asBoolean).count(),
                finance::toString);
        assertFalse(changes(finance, c -> c.get("effect").asText().equals("changes-access")).isEmpty(),
                "its ACLs follow the DLQ topic's name: " + finance);
    }

    @Test
    void fewerPartitionsReplaceTheTopicTracedToItsEntry() throws IOException {
        cycle.editDescriptor("finance", "{ name: fin.ledger.entries, partitions: 12,",
                "{ name: fin.ledger.entries, partitions: 6,");
        cycle.generate();
        JsonNode finance = report(plan("fewer-partitions"), 1);

        JsonNode replaced = change(finance, TOPICS + "department[\"fin.ledger.entries\"]");
        assertEquals("destroys-data", replaced.get("effect").asText());
        assertEquals("replace", replaced.get("action").asText());
        assertTrue(replaced.get("message").asText().contains("forced by partitions_count 12 -> 6"), replaced::toString);
        assertSource(replaced, line("  - { name: fin.ledger.entries"));
        assertTrue(replaced.get("acknowledgeWith").asText().startsWith("{ topic: fin.ledger.entries, action: replace"));
    }

    @Test
    void aRemovedDepartmentIsRefusedAndAnAcknowledgedOffboardingPasses() throws IOException {
        // what the pipeline plans for a department whose descriptor and root a pull request deletes: its last root,
        // for its destruction
        Path plan = plan("department-removed", "-destroy");
        Files.move(descriptor, work.resolve("finance.yaml.removed"));
        try {
            JsonNode finance = report(plan, 1);
            assertTrue(finance.get("removed").asBoolean());
            JsonNode whole = changes(finance, c -> c.get("address").isNull()).get(0);
            assertEquals("destroys-data", whole.get("effect").asText());
            assertTrue(whole.get("message").asText().startsWith("department finance is removed: no descriptor among "
                    + "the inputs declares it"), whole::toString);
            assertTrue(whole.get("howToAcknowledge").asText().contains("{ department: finance, action: delete"));
            assertTrue(whole.get("source").isNull());
            assertTrue(changes(finance, c -> c.path("type").asText().equals("confluent_kafka_topic"))
                    .stream().allMatch(c -> c.get("blocking").asBoolean()), finance::toString);
        } finally {
            Files.move(work.resolve("finance.yaml.removed"), descriptor);
        }

        Files.writeString(descriptor, original + """
                acknowledgements:
                  - department: finance
                    action: delete
                    reason: "Finance leaves the platform; data exported to the warehouse (CHG-4713)"
                """);
        JsonNode offboarding = report(plan, 0);
        assertTrue(offboarding.get("offboarding").asBoolean());
        assertEquals(0, offboarding.get("unmatchedAcknowledgements").size());
        List<JsonNode> acknowledged = changes(offboarding, c -> !c.get("acknowledgement").isNull());
        assertTrue(acknowledged.size() > 5, offboarding::toString);
        int ackLine = line("  - department: finance");
        acknowledged.forEach(c -> assertEquals(ackLine, c.at("/acknowledgement/source/line").asInt()));
    }
}
