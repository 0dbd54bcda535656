package dev.connectonboard.provider;

import dev.connectonboard.connect.ConnectClientSettings;
import dev.connectonboard.connect.ConnectRestClient;
import dev.connectonboard.connect.ConnectorStatus;
import dev.connectonboard.connect.TargetState;
import dev.connectonboard.connect.WorkerEndpoint;
import dev.connectonboard.testsupport.TerraformCli;
import dev.connectonboard.testsupport.kafka.LiveKafkaConnect;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real {@code terraform apply} of {@code connectonboard_connector} through the real provider process against a real
 * distributed Kafka Connect worker (basic-auth REST extension, file connectors Kafka ships).
 */
class ConnectorResourceTerraformTest {
    private static final String FILE_SINK = "org.apache.kafka.connect.file.FileStreamSinkConnector";

    @TempDir
    static Path home;
    private static TerraformCli terraform;
    private static Path inputs;
    private static LiveKafkaConnect live;
    private static ConnectRestClient rest;

    @BeforeAll
    static void installProviderAndStartWorker() {
        terraform = installProvider();
        inputs = ProviderInputs.copyTo(home.resolve("inputs"));
        live = LiveKafkaConnect.shared();
        rest = new ConnectRestClient(ConnectClientSettings.of(WorkerEndpoint.of(live.restUrl(),
                LiveKafkaConnect.USER, LiveKafkaConnect.PASSWORD)));
    }

    private static TerraformCli installProvider() {
        try {
            return ProviderTerraform.installIn(home);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void connectorsArePlannedAppliedPausedChangedDriftCorrectedImportedAndRemovedByTerraformAlone() throws Exception {
        live.createTopics("tf.life.a", "tf.life.b");
        live.produce("tf.life.a", "one", "two");
        Path outA = live.newOutputDir("tf-life-a").resolve("a.txt");
        Path outB = live.newOutputDir("tf-life-b").resolve("b.txt");
        Path root = workspace("life");
        writeConnectors(root, Map.of("tf-life-a", sink("tf.life.a", outA, "paused"),
                "tf-life-b", sink("tf.life.b", outB, "running")));

        List<String> statesOfA = new CopyOnWriteArrayList<>();
        TerraformCli.Result created = whileWatching("tf-life-a", statesOfA, () -> apply(root));
        assertTrue(created.stdout().contains("2 added, 0 changed, 0 destroyed"), created::toString);
        assertEquals("PAUSED", liveState("tf-life-a"));
        assertFalse(statesOfA.contains("RUNNING"), "created paused, never running first: " + statesOfA);
        assertEquals("RUNNING", liveState("tf-life-b"));
        assertFalse(Files.exists(outA) && !Files.readString(outA).isEmpty(), "a paused sink moved no record");
        assertNoChanges(root);

        writeConnectors(root, Map.of("tf-life-a", sink("tf.life.a", outA, "running"),
                "tf-life-b", sink("tf.life.b", outB, "stopped")));
        TerraformCli.Result changed = apply(root);
        assertTrue(changed.stdout().contains("0 added, 2 changed, 0 destroyed"), changed::toString);
        assertEquals("RUNNING", liveState("tf-life-a"));
        assertEquals("STOPPED", liveState("tf-life-b"));
        await(() -> read(outA).equals("one\ntwo\n"), "resumed, the sink writes the records");
        assertNoChanges(root);

        Map<String, String> tampered = new TreeMap<>(rest.connector("tf-life-a").orElseThrow().config());
        tampered.put("file", outA + ".elsewhere");
        tampered.put("errors.tolerance", "all");
        rest.putConfig("tf-life-a", tampered);
        rest.changeState("tf-life-a", TargetState.PAUSED);
        await(() -> "PAUSED".equals(liveState("tf-life-a")), "paused behind Terraform's back");
        TerraformCli.Result drift = terraform.run(root, Duration.ofMinutes(3), "plan", "-no-color", "-input=false");
        assertEquals(0, drift.exitCode(), drift::toString);
        assertTrue(drift.stdout().contains("\"errors.tolerance\" = \"all\" -> null"), drift::toString);
        assertTrue(drift.stdout().contains("\"paused\" -> \"running\""), drift::toString);
        assertFalse(drift.stdout().contains("\"name\""), "the key the worker adds is no drift: " + drift);
        apply(root);
        assertEquals(outA.toString(), rest.connector("tf-life-a").orElseThrow().config().get("file"));
        assertFalse(rest.connector("tf-life-a").orElseThrow().config().containsKey("errors.tolerance"));
        assertEquals("RUNNING", liveState("tf-life-a"));
        assertNoChanges(root);

        writeConnectors(root, Map.of("tf-life-a", sink("tf.life.a", outA, "running")));
        TerraformCli.Result removed = apply(root);
        assertTrue(removed.stdout().contains("0 added, 0 changed, 1 destroyed"), removed::toString);
        assertTrue(rest.connector("tf-life-b").isEmpty(), "removing the resource deletes the connector");

        rest.create("tf-life-c", Map.of("connector.class", FILE_SINK, "tasks.max", "1", "topics", "tf.life.b",
                "file", outB.toString()), TargetState.STOPPED);
        Files.writeString(root.resolve("import.tf"), """
                import {
                  to = connectonboard_connector.this["tf-life-c"]
                  id = "tf-life-c"
                }
                """);
        writeConnectors(root, Map.of("tf-life-a", sink("tf.life.a", outA, "running"),
                "tf-life-c", sink("tf.life.b", outB, "stopped")));
        TerraformCli.Result imported = apply(root);
        assertTrue(imported.stdout().contains("1 imported, 0 added, 0 changed, 0 destroyed"), imported::toString);
        assertNoChanges(root);

        TerraformCli.Result destroyed = terraform.run(root, Duration.ofMinutes(3), "destroy", "-auto-approve",
                "-no-color", "-input=false");
        assertEquals(0, destroyed.exitCode(), destroyed::toString);
        assertTrue(rest.connector("tf-life-a").isEmpty() && rest.connector("tf-life-c").isEmpty());
    }

    @Test
    void anInvalidConfigFailsThePlanWithTheWorkersMessageOnTheConfigKey() throws Exception {
        Path root = workspace("invalid");
        Map<String, String> config = sink("tf.invalid", live.newOutputDir("tf-invalid").resolve("x.txt"), null);
        config.put("tasks.max", "many");
        writeConnectors(root, Map.of("tf-invalid", config));

        TerraformCli.Result plan = terraform.run(root, Duration.ofMinutes(3), "plan", "-no-color", "-input=false");

        assertEquals(1, plan.exitCode(), plan::toString);
        String errors = oneLine(plan.stderr());
        assertTrue(errors.contains("Error: Invalid connector config: tasks.max"), plan::toString);
        assertTrue(errors.contains("Invalid value many for configuration tasks.max: Not a number of type INT"),
                plan::toString);
        assertTrue(rest.connector("tf-invalid").isEmpty());
    }

    @Test
    void wrongRestCredentialsFailClearlyWithoutShowingThePassword() throws Exception {
        Path root = workspace("wrong-credentials", "not-the-password-42");
        writeConnectors(root, Map.of("tf-wrong", sink("tf.wrong", live.newOutputDir("w").resolve("w.txt"), null)));

        TerraformCli.Result plan = terraform.run(root, Duration.ofMinutes(3), "plan", "-no-color", "-input=false");

        assertEquals(1, plan.exitCode(), plan::toString);
        String errors = oneLine(plan.stderr());
        assertTrue(errors.contains("Error: Kafka Connect refused the REST credentials"), plan::toString);
        assertTrue(errors.contains("answered HTTP 401. The REST user or password is wrong"), plan::toString);
        assertFalse(plan.output().contains("not-the-password-42"));
    }

    @Test
    void onTheFirstApplyTheWorkersAreNotKnownYetSoThePlanSaysSoAndApplyCreates() throws Exception {
        live.createTopics("tf.first");
        Path root = Files.createDirectories(home.resolve("first"));
        // The REST address comes from a resource of the same run, as the load balancer's does on a first apply.
        Files.writeString(root.resolve("main.tf"), header("terraform_data.workers.output", LiveKafkaConnect.PASSWORD)
                + """
                resource "terraform_data" "workers" {
                  input = "%s"
                }
                """.formatted(live.restUrl()));
        writeConnectors(root, Map.of("tf-first", sink("tf.first", live.newOutputDir("first").resolve("f.txt"),
                "paused")));

        TerraformCli.Result plan = terraform.run(root, Duration.ofMinutes(3), "plan", "-no-color", "-input=false");
        assertEquals(0, plan.exitCode(), plan::toString);
        assertTrue(plan.output().contains("Warning: Kafka Connect workers not known yet"), plan::toString);
        assertTrue(plan.stdout().contains("2 to add"), plan::toString);

        apply(root);
        assertEquals("PAUSED", liveState("tf-first"));
        terraform.run(root, Duration.ofMinutes(3), "destroy", "-auto-approve", "-no-color", "-input=false")
                .requireSuccess();
    }

    private static Map<String, String> sink(String topic, Path file, String state) {
        Map<String, String> config = new TreeMap<>();
        config.put("connector.class", FILE_SINK);
        config.put("tasks.max", "1");
        config.put("topics", topic);
        config.put("file", file.toString());
        if (state != null) {
            config.put("//state", state);
        }
        return config;
    }

    /** One resource per connector through for_each, so adding and removing connectors is a config change. */
    private static void writeConnectors(Path root, Map<String, Map<String, String>> connectors) throws IOException {
        StringBuilder hcl = new StringBuilder("locals {\n  connectors = {\n");
        new TreeMap<>(connectors).forEach((name, config) -> {
            hcl.append("    \"").append(name).append("\" = {\n");
            hcl.append("      state = ").append(config.containsKey("//state") ? "\"" + config.get("//state") + "\""
                    : "null").append("\n      config = {\n");
            config.forEach((key, value) -> {
                if (!key.startsWith("//")) {
                    hcl.append("        \"").append(key).append("\" = \"").append(value).append("\"\n");
                }
            });
            hcl.append("      }\n    }\n");
        });
        hcl.append("""
                  }
                }

                resource "connectonboard_connector" "this" {
                  for_each = local.connectors
                  name     = each.key
                  config   = each.value.config
                  state    = each.value.state
                }
                """);
        Files.writeString(root.resolve("connectors.tf"), hcl.toString());
    }

    private static Path workspace(String name) throws IOException {
        return workspace(name, LiveKafkaConnect.PASSWORD);
    }

    private static Path workspace(String name, String password) throws IOException {
        Path root = Files.createDirectories(home.resolve(name));
        Files.writeString(root.resolve("main.tf"), header("\"" + live.restUrl() + "\"", password));
        return root;
    }

    private static String header(String urlExpression, String password) {
        return """
                terraform {
                  required_providers {
                    connectonboard = { source = "terraform.local/connect-onboard/connectonboard" }
                  }
                }
                provider "connectonboard" {
                  platform_file         = "%s"
                  connect_rest_url      = %s
                  connect_rest_username = "%s"
                  connect_rest_password = "%s"
                }
                """.formatted(inputs.resolve("platform.yaml"), urlExpression, LiveKafkaConnect.USER, password);
    }

    private static TerraformCli.Result apply(Path root) {
        TerraformCli.Result result = terraform.run(root, Duration.ofMinutes(5), "apply", "-auto-approve",
                "-no-color", "-input=false");
        assertEquals(0, result.exitCode(), result::toString);
        return result;
    }

    private static void assertNoChanges(Path root) {
        TerraformCli.Result plan = terraform.run(root, Duration.ofMinutes(3), "plan", "-detailed-exitcode",
                "-no-color", "-input=false");
        assertEquals(0, plan.exitCode(), "a second plan shows no changes: " + plan);
        assertTrue(plan.stdout().contains("No changes."), plan::toString);
    }

    /** Runs the action while another thread records every live state of the connector, from before it exists. */
    private static TerraformCli.Result whileWatching(String name, List<String> states,
                                                     java.util.function.Supplier<TerraformCli.Result> action)
            throws InterruptedException {
        AtomicBoolean done = new AtomicBoolean();
        Thread watcher = new Thread(() -> {
            while (!done.get()) {
                try {
                    rest.status(name).map(ConnectorStatus::state).ifPresent(state -> {
                        if (states.isEmpty() || !states.get(states.size() - 1).equals(state)) {
                            states.add(state);
                        }
                    });
                    Thread.sleep(20);
                } catch (RuntimeException | InterruptedException e) {
                    return;
                }
            }
        });
        watcher.start();
        try {
            return action.get();
        } finally {
            done.set(true);
            watcher.join();
        }
    }

    /** Terraform wraps diagnostic text at 78 columns. */
    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static String liveState(String name) {
        return rest.status(name).map(ConnectorStatus::state).orElse("(none)");
    }

    private static String read(Path file) {
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
            Thread.sleep(100);
        }
    }
}
