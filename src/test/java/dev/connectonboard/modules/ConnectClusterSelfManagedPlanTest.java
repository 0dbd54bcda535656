package dev.connectonboard.modules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectonboard.testsupport.PlanJson;
import dev.connectonboard.testsupport.TerraformCli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConnectClusterSelfManagedPlanTest {

    private static final String CREDENTIALS_ARN =
            "arn:aws:secretsmanager:eu-west-1:123456789012:secret:fin/connect-worker/kafka-api-key-AbCdEf";

    @TempDir
    static Path work;
    static PlanJson plan;
    static JsonNode container;

    @BeforeAll
    static void planHarness() throws Exception {
        plan = Harness.plan(TerraformCli.assumeAvailable(), work, "connect-cluster-self-managed");
        JsonNode taskDefinition = plan.requireResource("module.workers.aws_ecs_task_definition.workers").path("values");
        container = new ObjectMapper().readTree(taskDefinition.path("container_definitions").asText()).get(0);
    }

    @Test
    void createsTheLogGroupOperatorsReadWithTheRequestedRetention() {
        JsonNode logGroup = plan.requireResource("module.workers.aws_cloudwatch_log_group.workers").path("values");
        assertEquals("/connect-onboard/fin/connect-workers", logGroup.path("name").asText());
        assertEquals(14, logGroup.path("retention_in_days").asInt());
        assertEquals("CC-1234", logGroup.path("tags").path("CostCenter").asText());
        assertEquals("/connect-onboard/fin/connect-workers",
                container.path("logConfiguration").path("options").path("awslogs-group").asText());
        assertEquals("/connect-onboard/fin/connect-workers", plan.output("log_group_name").asText());
    }

    @Test
    void runsTheRequestedNumberOfFargateWorkersInTheGivenNetwork() {
        JsonNode service = plan.requireResource("module.workers.aws_ecs_service.workers").path("values");
        assertEquals(2, service.path("desired_count").asInt());
        assertEquals("FARGATE", service.path("launch_type").asText());
        JsonNode network = service.path("network_configuration").get(0);
        assertEquals("[\"subnet-0a1b2c3d\",\"subnet-0e1f2a3b\"]", network.path("subnets").toString());
        assertFalse(network.path("assign_public_ip").asBoolean());
        JsonNode task = plan.requireResource("module.workers.aws_ecs_task_definition.workers").path("values");
        assertEquals("1024", task.path("cpu").asText());
        assertEquals("2048", task.path("memory").asText());
        assertEquals("confluentinc/cp-kafka-connect:7.7.1", container.path("image").asText());
    }

    @Test
    void pointsWorkersAtKafkaWithThePrefixedGroupAndInternalTopics() {
        Map<String, String> env = environment();
        assertEquals("pkc-abc12.eu-west-1.aws.confluent.cloud:9092", env.get("CONNECT_BOOTSTRAP_SERVERS"),
                "the SASL_SSL:// scheme the Confluent API returns must be stripped");
        assertEquals("fin-connect", env.get("CONNECT_GROUP_ID"));
        assertEquals("fin.connect-configs", env.get("CONNECT_CONFIG_STORAGE_TOPIC"));
        assertEquals("fin.connect-offsets", env.get("CONNECT_OFFSET_STORAGE_TOPIC"));
        assertEquals("fin.connect-status", env.get("CONNECT_STATUS_STORAGE_TOPIC"));
        assertEquals("SASL_SSL", env.get("CONNECT_SECURITY_PROTOCOL"));
        assertEquals("false", env.get("CONNECT_VALUE_CONVERTER_SCHEMAS_ENABLE"), "worker_properties pass through");
        assertEquals("-Xms1536M -Xmx1536M", env.get("KAFKA_HEAP_OPTS"));
        assertEquals("fin.connect-offsets", plan.output("internal_topics").path("offsets").asText());
    }

    @Test
    void injectsKafkaCredentialsOnlyAsEcsSecretsFromTheGivenArn() {
        JsonNode secrets = container.path("secrets");
        assertEquals(6, secrets.size(), "worker, producer, consumer and admin clients, REST user: " + secrets);
        for (JsonNode secret : secrets) {
            if (secret.path("name").asText().startsWith("REST_BASIC_AUTH_")) {
                assertTrue(secret.path("valueFrom").asText().startsWith(
                        "arn:aws:secretsmanager:eu-west-1:123456789012:secret:fin/connect-worker/rest-credentials-"));
                continue;
            }
            assertEquals(CREDENTIALS_ARN + ":sasl_jaas_config::", secret.path("valueFrom").asText());
            assertTrue(secret.path("name").asText().endsWith("SASL_JAAS_CONFIG"));
        }
        assertFalse(environment().keySet().stream().anyMatch(k -> k.contains("JAAS")),
                "no credentials in plain environment variables");
    }

    @Test
    void configuresTheSecretsManagerConfigProviderUnderALowerCaseAlias() {
        Map<String, String> env = environment();
        assertEquals("secretsmanager", env.get("CONNECT_CONFIG_PROVIDERS"));
        assertEquals("io.confluent.csid.config.provider.aws.SecretsManagerConfigProvider",
                env.get("CONNECT_CONFIG_PROVIDERS_SECRETSMANAGER_CLASS"));
        assertEquals("eu-west-1", env.get("CONNECT_CONFIG_PROVIDERS_SECRETSMANAGER_PARAM_AWS_REGION"));
        assertEquals("${secretsmanager:<secret-id>:<json-key>}", plan.output("config_provider_reference_format").asText());
    }

    @Test
    void taskRoleMayReadOnlyTheGivenSecretsAndAssumeOnlyTheGivenRoles() throws Exception {
        JsonNode policy = new ObjectMapper().readTree(
                plan.requireResource("module.workers.aws_iam_role_policy.task[0]").path("values").path("policy").asText());
        Map<String, String> resourceByAction = new HashMap<>();
        for (JsonNode statement : policy.path("Statement")) {
            assertFalse(statement.path("Resource").toString().contains("*\""), "no wildcard resource: " + statement);
            String resources = statement.path("Resource").isArray() ? statement.path("Resource").toString()
                    : statement.path("Resource").asText();
            statement.path("Action").forEach(a -> resourceByAction.put(a.asText(), resources));
            if (statement.path("Action").isTextual()) {
                resourceByAction.put(statement.path("Action").asText(), resources);
            }
        }
        // the connector secrets, and the workers' own Kafka credentials for Debezium's schema history clients
        assertEquals("[\"arn:aws:secretsmanager:eu-west-1:123456789012:secret:fin/payments-db-??????\",\""
                + CREDENTIALS_ARN + "\"]", resourceByAction.get("secretsmanager:GetSecretValue"));
        assertEquals("arn:aws:iam::123456789012:role/fin-archive-writer", resourceByAction.get("sts:AssumeRole"));
        assertEquals(List.of("secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue", "sts:AssumeRole"),
                resourceByAction.keySet().stream().sorted().toList());
    }

    @Test
    void plansTheExpectedResources() {
        assertEquals(List.of(
                "module.workers.aws_cloudwatch_log_group.workers",
                "module.workers.aws_ecs_cluster.this",
                "module.workers.aws_ecs_service.workers",
                "module.workers.aws_ecs_task_definition.workers",
                "module.workers.aws_iam_role.execution",
                "module.workers.aws_iam_role.task",
                "module.workers.aws_iam_role_policy.execution",
                "module.workers.aws_iam_role_policy.task[0]",
                "module.workers.aws_lb.rest",
                "module.workers.aws_lb_listener.rest",
                "module.workers.aws_lb_target_group.rest",
                "module.workers.aws_route53_record.rest",
                "module.workers.aws_security_group.rest_lb",
                "module.workers.aws_security_group.workers",
                "module.workers.aws_vpc_security_group_egress_rule.rest_lb_to_workers",
                "module.workers.aws_vpc_security_group_ingress_rule.rest_lb_from_deploy[\"10.40.8.0/24\"]",
                "module.workers.aws_vpc_security_group_ingress_rule.workers_from_lb",
                "module.workers.aws_vpc_security_group_ingress_rule.workers_from_workers",
                "module.workers.terraform_data.start_after"), plan.addresses());
    }

    @Test
    void applyWaitsForASteadyServiceBehindTheRestLoadBalancer() {
        JsonNode service = plan.requireResource("module.workers.aws_ecs_service.workers").path("values");
        assertTrue(service.path("wait_for_steady_state").asBoolean(), "a crash-looping image fails the apply");
        assertEquals(8083, service.path("load_balancer").get(0).path("container_port").asInt());
        assertTrue(service.path("deployment_circuit_breaker").get(0).path("enable").asBoolean());
        assertTrue(container.path("healthCheck").path("command").get(1).asText()
                .contains("-u \"$REST_BASIC_AUTH_USERNAME:$REST_BASIC_AUTH_PASSWORD\" http://localhost:8083/health"));
    }

    @Test
    void restApiIsAuthenticatedAndReachableOverTlsFromTheDeployNetworkOnly() {
        assertEquals("org.apache.kafka.connect.rest.basic.auth.extension.BasicAuthSecurityRestExtension",
                environment().get("CONNECT_REST_EXTENSION_CLASSES"));
        assertTrue(container.path("command").get(0).asText().contains("-Djava.security.auth.login.config="));
        assertFalse(environment().keySet().stream().anyMatch(k -> k.startsWith("CONNECT_REST_BASIC")),
                "REST credentials never become worker properties");
        JsonNode lb = plan.requireResource("module.workers.aws_lb.rest").path("values");
        assertTrue(lb.path("internal").asBoolean());
        assertEquals("network", lb.path("load_balancer_type").asText());
        JsonNode listener = plan.requireResource("module.workers.aws_lb_listener.rest").path("values");
        assertEquals("TLS", listener.path("protocol").asText());
        assertEquals(443, listener.path("port").asInt());
        JsonNode ingress = plan.requireResource(
                "module.workers.aws_vpc_security_group_ingress_rule.rest_lb_from_deploy[\"10.40.8.0/24\"]")
                .path("values");
        assertEquals("10.40.8.0/24", ingress.path("cidr_ipv4").asText());
        assertEquals("https://fin-connect.connect.internal.example.org", plan.output("rest_url").asText());
    }

    private static Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        container.path("environment").forEach(e -> env.put(e.path("name").asText(), e.path("value").asText()));
        return env;
    }
}
