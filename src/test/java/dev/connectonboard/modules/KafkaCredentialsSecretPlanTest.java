package dev.connectonboard.modules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectonboard.testsupport.PlanJson;
import dev.connectonboard.testsupport.TerraformCli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KafkaCredentialsSecretPlanTest {

    private static final String SECRET = "cfltAbC+dEf/GhIjKlMnOpQrStUvWxYz0123456789";

    @TempDir
    static Path work;
    static PlanJson plan;

    @BeforeAll
    static void planHarness() throws Exception {
        TerraformCli tf = TerraformCli.assumeAvailable().withEnv(Map.of("TF_VAR_api_secret", SECRET));
        plan = Harness.plan(tf, work, "kafka-credentials-secret");
    }

    @Test
    void storesAJaasConfigTheWorkersCanUseVerbatim() throws Exception {
        JsonNode version = plan.requireResource("module.secret.aws_secretsmanager_secret_version.this").path("values");
        JsonNode secret = new ObjectMapper().readTree(version.path("secret_string").asText());
        assertEquals("ABCDEFGHIJKLMNOP", secret.path("api_key").asText());
        assertEquals(SECRET, secret.path("api_secret").asText());
        assertEquals("org.apache.kafka.common.security.plain.PlainLoginModule required username=\"ABCDEFGHIJKLMNOP\""
                + " password=\"" + SECRET + "\";", secret.path("sasl_jaas_config").asText());
    }

    @Test
    void namesAndTagsTheSecret() {
        JsonNode secret = plan.requireResource("module.secret.aws_secretsmanager_secret.this").path("values");
        assertEquals("fin/connect-worker/kafka-api-key", secret.path("name").asText());
        assertEquals("finance", secret.path("tags").path("Department").asText());
        assertTrue(plan.createCount() == 2, plan.addresses().toString());
    }
}
