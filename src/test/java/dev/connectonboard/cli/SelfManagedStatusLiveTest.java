package dev.connectonboard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.connectonboard.cli.CliTestSupport.CliResult;
import dev.connectonboard.confluent.RecordingSleeper;
import dev.connectonboard.confluent.TestClients;
import dev.connectonboard.connect.ConnectClientSettings;
import dev.connectonboard.connect.ConnectRestClient;
import dev.connectonboard.connect.TargetState;
import dev.connectonboard.connect.WorkerEndpoint;
import dev.connectonboard.operator.status.RestSelfManagedWorkers;
import dev.connectonboard.operator.status.StatusCluster;
import dev.connectonboard.testsupport.kafka.FailingSinkConnector;
import dev.connectonboard.testsupport.kafka.LiveKafkaConnect;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code connect-onboard status} for a self-managed department, end to end: the command reads the department's
 * connectors from a real distributed Kafka Connect worker (basic-auth REST extension) through the provider's REST
 * client, next to a WireMock Confluent Cloud for the managed departments, and shows each connector RUNNING, PAUSED,
 * FAILED (the connector's trace) or DEGRADED (the failed task's trace), in text and in JSON.
 */
class SelfManagedStatusLiveTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FILE_SINK = "org.apache.kafka.connect.file.FileStreamSinkConnector";

    @RegisterExtension
    static final WireMockExtension server = TestClients.loopbackExtension();
    private static LiveKafkaConnect live;
    private static ConnectRestClient rest;

    @BeforeAll
    static void createConnectorsOnTheWorker() throws Exception {
        live = LiveKafkaConnect.shared();
        live.createTopics("rsch.live.in");
        rest = new ConnectRestClient(ConnectClientSettings.of(WorkerEndpoint.of(live.restUrl(),
                LiveKafkaConnect.USER, LiveKafkaConnect.PASSWORD)));
        String out = live.newOutputDir("status-live").toString();
        rest.create("rsch-live-running", sink(out + "/running.txt"), TargetState.RUNNING);
        rest.create("rsch-live-paused", sink(out + "/paused.txt"), TargetState.PAUSED);
        // The task cannot open its file: the connector runs, its only task fails with Kafka's own trace.
        rest.create("rsch-live-broken-task", sink("/proc/connect-onboard/no-such-dir/x.txt"), TargetState.RUNNING);
        rest.create("rsch-live-failed", Map.of("connector.class", FailingSinkConnector.class.getName(),
                "tasks.max", "1", "topics", "rsch.live.in"), TargetState.RUNNING);
        await(() -> state("rsch-live-running").equals("RUNNING") && state("rsch-live-paused").equals("PAUSED")
                && state("rsch-live-failed").equals("FAILED") && taskState("rsch-live-broken-task").equals("FAILED"),
                "the worker reports every connector's state");
    }

    @AfterAll
    static void deleteConnectors() {
        for (String name : List.of("rsch-live-running", "rsch-live-paused", "rsch-live-broken-task",
                "rsch-live-failed")) {
            rest.delete(name);
        }
    }

    @Test
    void theTextReportShowsEachConnectorsStateFromTheWorkersWithTheTraces() {
        CliResult run = status();

        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        String all = run.out();
        int failed = row(lines, "FAILED", "rsch-live-failed");
        int degraded = row(lines, "DEGRADED", "rsch-live-broken-task");
        int paused = row(lines, "PAUSED", "rsch-live-paused");
        int running = row(lines, "RUNNING", "rsch-live-running");
        assertTrue(failed < degraded && degraded < paused && paused < running, "most urgent first: " + all);
        assertTrue(lines.get(failed + 1).contains("ConnectException: " + FailingSinkConnector.MESSAGE),
                "the connector's trace, shortened: " + all);
        assertTrue(String.join("\n", lines.subList(degraded, Math.min(lines.size(), degraded + 4)))
                .contains("Couldn't find or create file '/proc/connect-onboard/no-such-dir/x.txt'"),
                "the failed task's trace: " + all);
        // The worker was read, so the declared connector the worker does not have is MISSING, not NOT REPORTED.
        row(lines, "MISSING", "rsch-papers-s3-sink");
        assertFalse(all.contains("NOT REPORTED"), all);
        assertFalse(all.contains("\tat "), "no stack frames: " + all);
        assertFalse(all.contains(LiveKafkaConnect.PASSWORD), "the REST password is never printed");
    }

    @Test
    void theJsonReportCarriesStatesTasksAndTraces() throws Exception {
        CliResult run = status("--format", "json");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode department = JSON.readTree(run.out()).path("departments").path(0);
        assertEquals("research", department.path("name").asText());
        assertEquals("", department.path("note").asText(), "the workers were read");
        Map<String, JsonNode> byName = new HashMap<>();
        department.path("connectors").forEach(c -> byName.put(c.path("name").asText(), c));
        assertEquals("RUNNING", byName.get("rsch-live-running").path("health").asText());
        assertEquals("RUNNING", byName.get("rsch-live-running").path("tasks").path(0).path("state").asText());
        assertEquals("PAUSED", byName.get("rsch-live-paused").path("health").asText());
        JsonNode failed = byName.get("rsch-live-failed");
        assertEquals("FAILED", failed.path("health").asText());
        assertEquals("FAILED", failed.path("state").asText());
        assertTrue(failed.path("error").asText().contains(FailingSinkConnector.MESSAGE), failed.toString());
        JsonNode broken = byName.get("rsch-live-broken-task");
        assertEquals("DEGRADED", broken.path("health").asText());
        assertEquals("FAILED", broken.path("tasks").path(0).path("state").asText());
        assertTrue(broken.path("tasks").path(0).path("message").asText().contains("Couldn't find or create file"),
                broken.toString());
        assertEquals(FILE_SINK, broken.path("class").asText());
        assertFalse(run.out().contains(LiveKafkaConnect.PASSWORD));
    }

    @Test
    void wrongRestCredentialsLeaveTheConnectorsNotReportedWithTheReason() {
        CliResult run = status(Map.of(RestSelfManagedWorkers.PASSWORD_VARIABLE, "not-the-password"));

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("NOT REPORTED"), run.out());
        assertTrue(run.out().replaceAll("\\s+", " ").contains("The REST user or password is wrong"), run.out());
        assertFalse(run.out().contains("not-the-password"));
    }

    private CliResult status(String... extra) {
        return status(Map.of(), extra);
    }

    private CliResult status(Map<String, String> overrides, String... extra) {
        Map<String, String> environment = new HashMap<>(StatusCluster.environment(server));
        environment.put(RestSelfManagedWorkers.URL_VARIABLE, live.restUrl());
        environment.put(RestSelfManagedWorkers.USERNAME_VARIABLE, LiveKafkaConnect.USER);
        environment.put(RestSelfManagedWorkers.PASSWORD_VARIABLE, LiveKafkaConnect.PASSWORD);
        environment.putAll(overrides);
        StatusCluster.stubHealthyApis(server);
        List<String> args = new java.util.ArrayList<>(List.of("status", "--platform",
                StatusCluster.resource("platform.yaml").toString(),
                "--descriptors", StatusCluster.resource("departments").toString(), "--department", "research"));
        args.addAll(List.of(extra));
        return CliTestSupport.run(commandLine -> {
            StatusCommand command = commandLine.getSubcommands().get("status").getCommand();
            command.environment = environment;
            command.clients = env -> StatusCluster.client(env, new RecordingSleeper());
            command.clock = StatusCluster.CLOCK;
        }, args.toArray(String[]::new));
    }

    private static Map<String, String> sink(String file) {
        return Map.of("connector.class", FILE_SINK, "tasks.max", "1", "topics", "rsch.live.in", "file", file);
    }

    private static String state(String name) {
        return rest.status(name).map(s -> s.state()).orElse("");
    }

    private static String taskState(String name) {
        return rest.status(name).filter(s -> !s.tasks().isEmpty()).map(s -> s.tasks().get(0).state()).orElse("");
    }

    /** The line of a connector's row: its health label, padding, then its name. */
    private static int row(List<String> lines, String health, String name) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches(health + " +" + name + "( .*)?")) {
                return i;
            }
        }
        throw new AssertionError("no row " + health + " " + name + " in:\n" + String.join("\n", lines));
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out: " + what);
            }
            Thread.sleep(200);
        }
    }
}
