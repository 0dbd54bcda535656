package dev.connectonboard.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.connectonboard.confluent.TestClients;
import dev.connectonboard.connect.ConnectClientSettings;
import dev.connectonboard.connect.ConnectRestClient;
import dev.connectonboard.connect.TargetState;
import dev.connectonboard.connect.WorkerEndpoint;
import dev.connectonboard.operator.status.StatusCluster;
import dev.connectonboard.testsupport.ProviderHcl;
import dev.connectonboard.testsupport.TerraformCli;
import dev.connectonboard.testsupport.kafka.FailingSinkConnector;
import dev.connectonboard.testsupport.kafka.LiveKafkaConnect;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code connectonboard_connector_status} of a self-managed department through real Terraform and the real provider
 * process: with the provider block's {@code connect_rest_*} settings it reads the department's real Kafka Connect
 * worker (instead of reporting NOT REPORTED), with the states, tasks and traces the worker gives.
 */
class ConnectorStatusLiveTerraformTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final WireMockExtension confluent = TestClients.loopbackExtension();
    @TempDir
    static Path home;
    private static TerraformCli terraform;
    private static LiveKafkaConnect live;
    private static ConnectRestClient rest;

    @BeforeAll
    static void installProviderAndCreateConnectors() throws Exception {
        TerraformCli installed = ProviderTerraform.installIn(home);
        live = LiveKafkaConnect.shared();
        live.createTopics("rsch.tf.status");
        rest = new ConnectRestClient(ConnectClientSettings.of(WorkerEndpoint.of(live.restUrl(),
                LiveKafkaConnect.USER, LiveKafkaConnect.PASSWORD)));
        rest.create("rsch-tf-paused", Map.of("connector.class", "org.apache.kafka.connect.file.FileStreamSinkConnector",
                "tasks.max", "1", "topics", "rsch.tf.status",
                "file", live.newOutputDir("tf-status") + "/p.txt"), TargetState.PAUSED);
        rest.create("rsch-tf-failed", Map.of("connector.class", FailingSinkConnector.class.getName(),
                "tasks.max", "1", "topics", "rsch.tf.status"), TargetState.RUNNING);
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!"FAILED".equals(rest.status("rsch-tf-failed").map(s -> s.state()).orElse(""))
                || !"PAUSED".equals(rest.status("rsch-tf-paused").map(s -> s.state()).orElse(""))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the worker never reported both connectors");
            }
            Thread.sleep(200);
        }
        Map<String, String> environment = new HashMap<>(TestClients.environment(confluent.getPort()));
        terraform = installed.withEnv(environment);
    }

    @AfterAll
    static void deleteConnectors() {
        rest.delete("rsch-tf-paused");
        rest.delete("rsch-tf-failed");
    }

    @Test
    void aSelfManagedDepartmentsStatusIsReadFromItsWorkersThroughTheProvider() throws Exception {
        StatusCluster.stubHealthyApis(confluent);
        Path root = workspace("status", LiveKafkaConnect.PASSWORD);

        TerraformCli.Result apply = terraform.run(root, TerraformCli.DEFAULT_TIMEOUT, "apply", "-auto-approve",
                "-no-color", "-input=false");

        assertEquals(0, apply.exitCode(), apply::toString);
        JsonNode outputs = JSON.readTree(terraform.run(root, TerraformCli.DEFAULT_TIMEOUT, "output", "-json")
                .requireSuccess().stdout());
        JsonNode health = outputs.path("health").path("value");
        assertEquals("FAILED", health.path("rsch-tf-failed").asText(), outputs.toString());
        assertEquals("PAUSED", health.path("rsch-tf-paused").asText(), outputs.toString());
        assertEquals("MISSING", health.path("rsch-papers-s3-sink").asText(), "read, so declared-but-absent is MISSING");
        assertEquals("FAILED", outputs.path("worst").path("value").asText());
        JsonNode failed = null;
        for (JsonNode connector : outputs.path("connectors").path("value")) {
            if (connector.path("name").asText().equals("rsch-tf-failed")) {
                failed = connector;
            }
        }
        assertTrue(failed != null && failed.path("error").asText().contains(FailingSinkConnector.MESSAGE),
                String.valueOf(failed));
        assertEquals(FailingSinkConnector.class.getName(), failed.path("class").asText());
        assertEquals("", outputs.path("note").path("value").asText(), "no NOT REPORTED note: the workers were read");
        assertFalse(apply.output().contains(LiveKafkaConnect.PASSWORD));
    }

    @Test
    void withoutReachableWorkersTheDepartmentStaysNotReportedWithTheReason() throws Exception {
        StatusCluster.stubHealthyApis(confluent);
        Path root = workspace("wrong-password", "not-the-password-7");

        TerraformCli.Result apply = terraform.run(root, TerraformCli.DEFAULT_TIMEOUT, "apply", "-auto-approve",
                "-no-color", "-input=false");

        assertEquals(0, apply.exitCode(), "an unreadable status never fails the plan: " + apply);
        JsonNode outputs = JSON.readTree(terraform.run(root, TerraformCli.DEFAULT_TIMEOUT, "output", "-json")
                .requireSuccess().stdout());
        assertEquals("NOT REPORTED", outputs.path("health").path("value").path("rsch-papers-s3-sink").asText());
        assertTrue(outputs.path("note").path("value").asText().contains("The REST user or password is wrong"),
                outputs.toString());
        assertFalse(apply.output().contains("not-the-password-7"));
    }

    private static Path workspace(String name, String password) throws IOException {
        Path root = Files.createDirectories(home.resolve(name));
        Map<String, String> provider = new java.util.LinkedHashMap<>();
        provider.put("platform_file", ProviderHcl.quoted(StatusCluster.resource("platform.yaml")));
        provider.put("descriptors", "[" + ProviderHcl.quoted(StatusCluster.resource("departments")) + "]");
        provider.put("connect_rest_url", ProviderHcl.quoted(live.restUrl()));
        provider.put("connect_rest_username", ProviderHcl.quoted(LiveKafkaConnect.USER));
        provider.put("connect_rest_password", ProviderHcl.quoted(password));
        Files.writeString(root.resolve("main.tf"), ProviderHcl.header(provider) + """
                data "connectonboard_connector_status" "research" {
                  department = "research"
                }
                output "health" {
                  value = data.connectonboard_connector_status.research.health
                }
                output "worst" {
                  value = data.connectonboard_connector_status.research.worst
                }
                output "note" {
                  value = data.connectonboard_connector_status.research.note
                }
                output "connectors" {
                  value = data.connectonboard_connector_status.research.connectors
                }
                """);
        return root;
    }
}
