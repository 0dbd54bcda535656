package dev.connectonboard.cycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectonboard.cli.CliTestSupport;
import dev.connectonboard.cli.CliTestSupport.CliResult;
import dev.connectonboard.testsupport.StandInCycle;
import dev.connectonboard.testsupport.TerraformCli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A department's whole lifecycle with real Terraform and the stand-in providers, for every example department: it is
 * applied; then {@code connect-onboard offboard --write} marks it as leaving and regenerates its reduced root, whose
 * plan holds only deletes and the kept topic's release, passes the plan gate, and whose apply destroys connectors
 * before the access they use and every API key after the ACLs and role bindings it goes with, leaving the kept topic
 * in the cloud and nothing in the state.
 */
class LifecycleCycleTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> PREFIXES = Map.of("finance", "fin", "hr", "hr", "research", "rsch");

    @TempDir
    static Path work;
    private static StandInCycle cycle;

    @BeforeAll
    static void generate() {
        cycle = StandInCycle.ofExamples(work);
        cycle.generate();
    }

    @AfterAll
    static void stop() {
        cycle.close();
    }

    @ParameterizedTest
    @CsvSource({"finance,fin.ledger.entries", "hr,hr.dlq.hr-workday-snowflake-sink", "research,rsch.papers.v1"})
    void offboardsInOneApplyKeepingTheKeptTopic(String department, String kept) throws IOException {
        StandInCycle.Root root = cycle.root(department);
        root.converge();
        if (department.equals("research")) {
            // the reduced root reads the workers' REST credentials from the secret the department module made
            cycle.awsCloud().seed("aws_secretsmanager_secret_version", Map.of(
                    "secret_id", "rsch/connect-worker/rest-credentials",
                    "secret_string", "{\"username\":\"connect-onboard\",\"password\":\"stand-in-rest\"}"));
        }

        CliResult offboard = CliTestSupport.run("offboard", "--platform", cycle.platformFile(), "--department",
                department, "--keep-topic", kept, "--write", "--reason", department + " leaves the platform (CHG-1)",
                "--out", work.resolve("generated"), "--modules", work.resolve("modules"), cycle.departmentsDir());
        assertEquals(0, offboard.exitCode(), offboard::toString);
        assertTrue(offboard.out().contains("  KEEP    " + kept), offboard::out);
        assertTrue(offboard.out().contains("live facts not read"), offboard::out);
        assertTrue(Files.readString(root.dir().resolve("main.tf")).contains("removed {"));

        StandInCycle.Plan plan = root.plan();
        Map<String, List<String>> changes = plan.changes();
        assertFalse(changes.isEmpty());
        List<String> forgotten = new ArrayList<>();
        changes.forEach((address, actions) -> {
            if (actions.equals(List.of("forget"))) {
                forgotten.add(address);
            } else {
                assertEquals(List.of("delete"), actions, address + " in the offboarding plan");
            }
        });
        assertEquals(1, forgotten.size(), changes::toString);
        assertTrue(forgotten.get(0).startsWith("confluent_kafka_topic.kept_"), forgotten::toString);

        Path planJson = Files.writeString(work.resolve(department + "-offboard.json"),
                JSON.writeValueAsString(plan.json()));
        CliResult gate = CliTestSupport.run("plan", "check", "--platform", cycle.platformFile(), "--plan", planJson,
                "--format", "json", cycle.departmentsDir());
        assertEquals(0, gate.exitCode(), gate::toString);
        assertTrue(JSON.readTree(gate.out()).at("/departments/0/offboarding").asBoolean(), gate::out);

        TerraformCli.Result applied = root.apply();
        Map<String, Integer> destroyed = destructionOrder(applied.stdout());
        assertEquals(changes.size() - 1, destroyed.size(), applied::stdout);
        assertBefore(destroyed, "confluent_kafka_acl.connectors", "confluent_api_key.operators");
        assertBefore(destroyed, "confluent_role_binding.operators", "confluent_api_key.operators");
        assertBefore(destroyed, department.equals("research") ? "connectonboard_connector.this"
                : "confluent_connector.this", "confluent_kafka_acl.connectors");
        assertBefore(destroyed, "confluent_api_key.operators", "confluent_service_account.operators");
        if (department.equals("research")) {
            assertBefore(destroyed, "confluent_kafka_acl.connectors", "confluent_api_key.connectors");
            assertTrue(root.workerConnectors().isEmpty(), () -> "left on the workers: " + root.workerConnectors());
        }

        JsonNode state = root.state();
        List<String> managed = new ArrayList<>();
        state.path("values").path("root_module").path("resources").forEach(r -> {
            if (r.path("mode").asText().equals("managed")) {
                managed.add(r.path("address").asText());
            }
        });
        assertTrue(managed.isEmpty() && state.path("values").path("root_module").path("child_modules").isEmpty(),
                state::toString);
        assertTrue(cycle.confluentCloud().objects("confluent_kafka_topic").keySet().stream()
                .anyMatch(id -> id.endsWith("/" + kept)), "the kept topic is still in the cluster");
        assertTrue(cycle.confluentCloud().objects("confluent_kafka_topic").keySet().stream()
                .noneMatch(id -> id.contains("/" + PREFIXES.get(department) + ".") && !id.endsWith("/" + kept)),
                () -> "only the kept topic stays: " + cycle.confluentCloud().objects("confluent_kafka_topic").keySet());
    }

    /** Address -> position of its "Destruction complete" line in the apply's output. */
    private static Map<String, Integer> destructionOrder(String stdout) {
        Map<String, Integer> order = new LinkedHashMap<>();
        for (String line : stdout.split("\n")) {
            int at = line.indexOf(": Destruction complete");
            if (at > 0) {
                order.put(line.substring(0, at).trim(), order.size());
            }
        }
        return order;
    }

    /** Every destroyed instance whose address contains {@code first} went before every one containing {@code then}. */
    private static void assertBefore(Map<String, Integer> order, String first, String then) {
        int lastFirst = order.entrySet().stream().filter(e -> e.getKey().contains(first)).mapToInt(Map.Entry::getValue)
                .max().orElseThrow(() -> new AssertionError("nothing like " + first + " destroyed: " + order.keySet()));
        int firstThen = order.entrySet().stream().filter(e -> e.getKey().contains(then)).mapToInt(Map.Entry::getValue)
                .min().orElseThrow(() -> new AssertionError("nothing like " + then + " destroyed: " + order.keySet()));
        assertTrue(lastFirst < firstThen, first + " must be destroyed before " + then + ": " + order);
    }
}
