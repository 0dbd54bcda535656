package dev.connectonboard.connect;

import dev.connectonboard.testsupport.kafka.LiveKafkaConnect;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The REST client against a real distributed Kafka Connect worker with the basic-auth REST extension. */
class ConnectRestClientLiveTest {
    private static LiveKafkaConnect live;
    private static ConnectRestClient client;

    @BeforeAll
    static void worker() {
        live = LiveKafkaConnect.shared();
        client = new ConnectRestClient(ConnectClientSettings.of(WorkerEndpoint.of(live.restUrl(),
                LiveKafkaConnect.USER, LiveKafkaConnect.PASSWORD)));
    }

    @Test
    void createdPausedNeverMovesARecordUntilResumedThenStops() throws Exception {
        live.createTopics("t.paused.in");
        live.produce("t.paused.in", "first", "second");
        Path out = live.newOutputDir("paused");
        Path file = out.resolve("resolved-from-secret.txt");
        // the file name comes from a secret through the worker's FileConfigProvider: ${file:<path>:<key>}
        Map<String, String> config = fileSink("t.paused.in",
                out + "/${file:" + live.secretsFile() + ":file.name.suffix}.txt");

        ConnectorInfo created = client.create("t-paused", config, TargetState.PAUSED);

        assertEquals("t-paused", created.name());
        List<String> seen = statesUntil("t-paused", "PAUSED");
        assertFalse(seen.contains("RUNNING"), "never running before it is paused: " + seen);
        // KIP-980: a connector created paused gets no tasks before it is resumed
        assertTrue(client.status("t-paused").orElseThrow().tasks().stream().allMatch(t -> t.state().equals("PAUSED")),
                "no task runs");
        Thread.sleep(2_000);
        assertTrue(!Files.exists(file) || Files.readString(file).isEmpty(), "a paused sink writes nothing");
        assertEquals(config.get("file"), client.connector("t-paused").orElseThrow().config().get("file"),
                "the worker keeps the reference, never the resolved secret");

        client.changeState("t-paused", TargetState.RUNNING);
        await(() -> readOrEmpty(file).equals("first\nsecond\n"), "records reach the file sink once resumed");
        assertEquals("RUNNING", client.status("t-paused").orElseThrow().state());

        client.changeState("t-paused", TargetState.STOPPED);
        await(() -> "STOPPED".equals(client.status("t-paused").orElseThrow().state()), "stopped");
        await(() -> client.status("t-paused").orElseThrow().tasks().isEmpty(), "a stopped connector has no tasks");

        client.delete("t-paused");
        assertTrue(client.connector("t-paused").isEmpty());
        client.delete("t-paused"); // already gone: not an error
    }

    @Test
    void badRecordGoesToTheDeadLetterQueueAndGoodOnesFlow() throws Exception {
        live.createTopics("t.dlq.in", "t.dlq.dead");
        Path file = live.newOutputDir("dlq").resolve("out.txt");
        Map<String, String> config = fileSink("t.dlq.in", file.toString());
        config.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
        config.put("value.converter.schemas.enable", "false");
        config.put("errors.tolerance", "all");
        config.put("errors.deadletterqueue.topic.name", "t.dlq.dead");
        config.put("errors.deadletterqueue.context.headers.enable", "true");
        client.create("t-dlq", config, TargetState.RUNNING);

        live.produce("t.dlq.in", "{\"id\":1}", "this is not JSON", "{\"id\":2}");

        List<ConsumerRecord<String, String>> dead = live.consume("t.dlq.dead", 1, Duration.ofSeconds(60));
        assertEquals(List.of("this is not JSON"), dead.stream().map(ConsumerRecord::value).toList());
        assertTrue(dead.get(0).headers().lastHeader("__connect.errors.exception.class.name") != null,
                "context headers say why");
        await(() -> readOrEmpty(file).equals("{id=1}\n{id=2}\n"), "good records still flow");
        assertEquals("RUNNING", client.status("t-dlq").orElseThrow().tasks().get(0).state());
        client.delete("t-dlq");
    }

    @Test
    void validationReturnsTheWorkersMessagesPerSetting() throws Exception {
        Map<String, String> config = fileSink("t.any", "/tmp/x");
        config.put("tasks.max", "not-a-number");

        ConfigValidation validation = client.validate("t-validate", config);

        assertFalse(validation.valid());
        ConfigValidation.FieldError tasks = validation.errors().stream()
                .filter(e -> e.key().equals("tasks.max")).findFirst().orElseThrow();
        assertTrue(tasks.messages().get(0).contains("not-a-number"), tasks::toString);
        ConfigValidation good = client.validate("t-validate", fileSink("t.any", "/tmp/x"));
        assertTrue(good.valid(), good::toString);
    }

    @Test
    void aConnectorThatExistsIsAConflictAndUpdatesReplaceTheConfig() throws Exception {
        live.createTopics("t.conflict.in");
        Map<String, String> config = fileSink("t.conflict.in", live.newOutputDir("conflict") + "/a.txt");
        client.create("t-conflict", config, TargetState.STOPPED);
        awaitState("t-conflict", "STOPPED");

        ConnectApiException twice = assertThrows(ConnectApiException.class,
                () -> client.create("t-conflict", config, TargetState.STOPPED));
        assertEquals(ConnectApiException.Reason.CONFLICT, twice.reason());
        assertTrue(twice.getMessage().contains("already exists"), twice::getMessage);

        Map<String, String> changed = new TreeMap<>(config);
        changed.put("file", live.newOutputDir("conflict") + "/b.txt");
        client.putConfig("t-conflict", changed);
        assertEquals(changed.get("file"), client.connector("t-conflict").orElseThrow().config().get("file"));
        awaitState("t-conflict", "STOPPED");
        assertTrue(client.connectorNames().contains("t-conflict"));
        assertTrue(client.statuses().containsKey("t-conflict"));
        client.delete("t-conflict");
    }

    @Test
    void wrongCredentialsFailClearlyWithoutShowingThePassword() {
        ConnectRestClient wrong = new ConnectRestClient(ConnectClientSettings.of(WorkerEndpoint.of(live.restUrl(),
                LiveKafkaConnect.USER, "wrong-password-123")));

        ConnectApiException failure = assertThrows(ConnectApiException.class, wrong::connectorNames);

        assertEquals(ConnectApiException.Reason.UNAUTHORIZED, failure.reason());
        assertEquals(401, failure.status());
        assertTrue(failure.getMessage().contains("REST user or password is wrong"), failure::getMessage);
        assertFalse(failure.getMessage().contains("wrong-password-123"));
    }

    @Test
    void pluginsAndVersionComeFromTheWorker() {
        assertTrue(client.version().startsWith("4."));
        assertTrue(client.plugins().stream().anyMatch(p ->
                p.className().equals("org.apache.kafka.connect.file.FileStreamSinkConnector")));
    }

    private static Map<String, String> fileSink(String topic, String file) {
        Map<String, String> config = new TreeMap<>();
        config.put("connector.class", "org.apache.kafka.connect.file.FileStreamSinkConnector");
        config.put("tasks.max", "1");
        config.put("topics", topic);
        config.put("file", file);
        return config;
    }

    /** The live state is asynchronous: a new connector has no status, then UNASSIGNED, for a moment. */
    private static void awaitState(String name, String state) throws InterruptedException {
        await(() -> client.status(name).map(s -> s.state().equals(state)).orElse(false), name + " is " + state);
    }

    /** Every distinct live state from now until {@code state}, polled every 20 ms. */
    private static List<String> statesUntil(String name, String state) throws InterruptedException {
        List<String> seen = new java.util.ArrayList<>();
        await(() -> {
            String now = client.status(name).map(ConnectorStatus::state).orElse("(no status yet)");
            if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(now)) {
                seen.add(now);
            }
            return now.equals(state);
        }, name + " is " + state);
        return seen;
    }

    private static String readOrEmpty(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(20);
        }
    }
}
