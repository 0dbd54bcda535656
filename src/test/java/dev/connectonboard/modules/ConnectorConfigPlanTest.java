package dev.connectonboard.modules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import dev.connectonboard.testsupport.PlanJson;
import dev.connectonboard.testsupport.TerraformCli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Managed connector configs, with secrets really read through the AWS provider from a Secrets Manager stub
 * (WireMock on loopback) at plan time.
 */
class ConnectorConfigPlanTest {

    private static final String PASSWORD = "pa$$-w0rd-from-secrets-manager";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path work;
    @TempDir
    static Path brokenWork;
    static WireMockServer secretsManager;
    static TerraformCli tf;
    static PlanJson plan;

    @BeforeAll
    static void planHarness() throws Exception {
        tf = TerraformCli.assumeAvailable();
        secretsManager = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        secretsManager.start();
        stubSecret(Map.of("username", "payments_app", "password", PASSWORD));
        plan = Harness.plan(tf, work, "connector-config", "-var", "secretsmanager_endpoint=" + secretsManager.baseUrl());
    }

    @AfterAll
    static void stopStub() {
        if (secretsManager != null) {
            secretsManager.stop();
        }
    }

    @Test
    void sinkWithIamRoleAndDeadLetterQueueGetsEveryDerivedProperty() {
        JsonNode s3 = plan.output("config_nonsensitive").path("fin-payments-s3-sink");
        assertEquals("fin-payments-s3-sink", s3.path("name").asText());
        assertEquals("S3_SINK", s3.path("connector.class").asText());
        assertEquals("2", s3.path("tasks.max").asText());
        assertEquals("SERVICE_ACCOUNT", s3.path("kafka.auth.mode").asText());
        assertEquals("sa-abc123", s3.path("kafka.service.account.id").asText());
        assertEquals("fin.payments.v1,fin.refunds.v1", s3.path("topics").asText());
        assertEquals("all", s3.path("errors.tolerance").asText());
        assertEquals("fin.dlq.fin-payments-s3-sink", s3.path("errors.deadletterqueue.topic.name").asText());
        assertEquals("IAM Roles", s3.path("authentication.method").asText());
        assertEquals("cspi-4xg0q", s3.path("provider.integration.id").asText());
        assertEquals("HOURLY", s3.path("time.interval").asText(), "user config passes through");
        assertEquals("fin.dlq.fin-payments-s3-sink", plan.output("dlq_topic_names").path("fin-payments-s3-sink").asText());
    }

    @Test
    void placeholdersQuotesAndBackslashesReachTheConnectorUnchanged() {
        JsonNode db = plan.output("config_nonsensitive").path("fin-payments-db-sink");
        assertEquals("${topic}", db.path("table.name.format").asText());
        assertEquals("say \"hi\" \\ bye", db.path("quote.test").asText());
    }

    @Test
    void secretsAreReadFromSecretsManagerIntoTheSensitiveConfigOnly() {
        assertTrue(plan.outputIsSensitive("config_sensitive"));
        JsonNode sensitive = plan.output("config_sensitive").path("fin-payments-db-sink");
        assertEquals(PASSWORD, sensitive.path("connection.password").asText());
        assertEquals("payments_app", sensitive.path("connection.user").asText());
        JsonNode nonSensitive = plan.output("config_nonsensitive");
        assertFalse(nonSensitive.toString().contains(PASSWORD), "no secret in config_nonsensitive");
        assertTrue(nonSensitive.path("fin-payments-db-sink").path("connection.password").isMissingNode());
        assertEquals(0, plan.output("config_sensitive").path("fin-payments-s3-sink").size());
        secretsManager.verify(postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo("secretsmanager.GetSecretValue"))
                .withRequestBody(matchingJsonPath("$.SecretId", equalTo("fin/payments-db"))));
    }

    @Test
    void sourceGetsNoTopicsAndNoDeadLetterQueue() {
        JsonNode source = plan.output("config_nonsensitive").path("fin-ledger-cdc-source");
        assertEquals("PostgresCdcSourceV2", source.path("connector.class").asText());
        assertTrue(source.path("topics").isMissingNode());
        assertTrue(source.path("errors.deadletterqueue.topic.name").isMissingNode());
        assertEquals("fin.ledger", source.path("topic.prefix").asText());
    }

    @Test
    void aSecretWithoutTheReferencedKeyFailsThePlanNamingSecretAndKeys() throws Exception {
        WireMockServer partial = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        partial.start();
        try {
            partial.stubFor(secretResponse(Map.of("username", "payments_app")));
            Path root = Harness.stage(brokenWork, "connector-config");
            tf.init(root).requireSuccess();
            TerraformCli.Result result = tf.plan(root, root.resolve("broken.tfplan"),
                    "-var", "secretsmanager_endpoint=" + partial.baseUrl());
            assertFalse(result.ok(), result.output());
            String flattened = result.output().replaceAll("[\\s│]+", " ");
            assertTrue(flattened.contains("Secret \"fin/payments-db\" must be a JSON object containing the key(s)"
                    + " password, username that the connectors reference."), result.output());
            assertFalse(result.output().contains("payments_app"), "the secret's content is never printed");
        } finally {
            partial.stop();
        }
    }

    /**
     * The plan-time read uses the platform's credentials, which could read every department's secrets: a secret of
     * another department, or an ARN in another account or region, fails in validation and is never requested.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"hr/workday-db", "finance/payments-db", "fina/x",
            "arn:aws:secretsmanager:eu-west-1:123456789012:secret:hr/workday-db-AbCdEf",
            "arn:aws:secretsmanager:eu-west-1:999999999999:secret:fin/payments-db-AbCdEf",
            "arn:aws:secretsmanager:us-east-1:123456789012:secret:fin/payments-db-AbCdEf"})
    void aSecretOutsideTheDepartmentFailsThePlanBeforeAnythingIsRead(String secretId, @TempDir Path own)
            throws Exception {
        WireMockServer untouched = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        untouched.start();
        try {
            untouched.stubFor(secretResponse(Map.of("username", "payments_app", "password", PASSWORD)));
            Path root = Harness.stage(own, "connector-config");
            tf.init(root).requireSuccess();
            TerraformCli.Result result = tf.plan(root, root.resolve("refused.tfplan"),
                    "-var", "secretsmanager_endpoint=" + untouched.baseUrl(), "-var", "db_secret_id=" + secretId);
            assertFalse(result.ok(), result.output());
            assertTrue(result.output().replaceAll("[\\s│]+", " ").contains("Every secret_id must be a secret of the "
                    + "department"), result.output());
            assertEquals(0, untouched.getAllServeEvents().size(), "no secret was requested");
        } finally {
            untouched.stop();
        }
    }

    @Test
    void anArnOfTheDepartmentsOwnSecretInThePlatformsAccountIsRead(@TempDir Path own) throws Exception {
        Path root = Harness.stage(own, "connector-config");
        tf.init(root).requireSuccess();
        TerraformCli.Result result = tf.plan(root, root.resolve("arn.tfplan"),
                "-var", "secretsmanager_endpoint=" + secretsManager.baseUrl(),
                "-var", "db_secret_id=arn:aws:secretsmanager:eu-west-1:123456789012:secret:fin/payments-db-AbCdEf");
        assertTrue(result.ok(), result.output());
    }

    private static void stubSecret(Map<String, String> content) throws Exception {
        secretsManager.stubFor(secretResponse(content));
    }

    private static com.github.tomakehurst.wiremock.client.MappingBuilder secretResponse(Map<String, String> content)
            throws Exception {
        String body = JSON.writeValueAsString(Map.of(
                "ARN", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:fin/payments-db-AbCdEf",
                "Name", "fin/payments-db",
                "SecretString", JSON.writeValueAsString(content),
                "VersionId", "a1b2c3d4-5678-90ab-cdef-EXAMPLE11111",
                "VersionStages", new String[] {"AWSCURRENT"},
                "CreatedDate", 1.523477145713E9));
        return post(urlEqualTo("/"))
                .withHeader("X-Amz-Target", WireMock.equalTo("secretsmanager.GetSecretValue"))
                .willReturn(aResponse().withStatus(200)
                        .withHeader("Content-Type", "application/x-amz-json-1.1")
                        .withBody(body));
    }
}
