package dev.connectonboard.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectonboard.testsupport.StandInCycle;
import dev.connectonboard.testsupport.TerraformCli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stand-ins behave like the real providers where the cycle depends on it, shown with real Terraform on a small
 * root: values of the real shape, AWS's tags_all and policy JSON, ForceNew replacements and in-place updates,
 * import by the documented id formats, the providers' validations, drift (an object deleted in the cloud), and
 * data sources that do not find what the cloud does not hold. One test, each step on the previous one's state.
 */
class StandInBehaviourTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path work;
    private static StandInCycle cycle;
    private static TerraformCli terraform;
    private static Path root;

    @BeforeAll
    static void start() throws Exception {
        cycle = StandInCycle.empty(work);
        root = Files.createDirectories(work.resolve("root"));
        terraform = cycle.terraform();
    }

    @AfterAll
    static void stop() {
        cycle.close();
    }

    @Test
    void behavesLikeTheRealProvidersThroughALife() throws Exception {
        write("x.orders", 3, "");
        run("init");
        TerraformCli.Result applied = run("apply", "-auto-approve");
        assertTrue(applied.stdout().contains("4 added, 0 changed, 0 destroyed"), applied::toString);
        JsonNode outputs = outputs();
        assertTrue(outputs.path("account").asText().matches("sa-[a-z0-9]{5}"), outputs::toString);
        assertEquals("lkc-abc12/x.orders", outputs.path("topic").asText());
        assertEquals("arn:aws:iam::111122223333:role/x-role", outputs.path("role_arn").asText());
        assertEquals(Map.of("Team", "platform", "App", "x"), JSON.convertValue(outputs.path("tags_all"), Map.class));
        JsonNode policy = JSON.readTree(outputs.path("policy").asText());
        assertEquals("ecs-tasks.amazonaws.com", policy.path("Statement").path(0).path("Principal").path("Service").asText());
        assertNoChanges();

        write("x.orders", 6, "");
        TerraformCli.Result grown = run("plan");
        assertTrue(grown.stdout().contains("0 to add, 1 to change, 0 to destroy"), grown::toString);
        write("x.orders.v2", 6, "");
        TerraformCli.Result renamed = run("apply", "-auto-approve");
        assertTrue(renamed.stdout().contains("topic_name") && renamed.stdout().contains("# forces replacement"),
                renamed::toString);
        assertTrue(renamed.stdout().contains("1 added, 0 changed, 1 destroyed"), renamed::toString);
        assertNoChanges();

        String account = outputs().path("account").asText();
        run("state", "rm", "confluent_service_account.sa", "confluent_kafka_topic.t", "aws_iam_role.r");
        write("x.orders.v2", 6, """
                import {
                  to = confluent_service_account.sa
                  id = "%s"
                }
                import {
                  to = confluent_kafka_topic.t
                  id = "lkc-abc12/x.orders.v2"
                }
                import {
                  to = aws_iam_role.r
                  id = "x-role"
                }
                """.formatted(account));
        TerraformCli.Result imported = run("apply", "-auto-approve");
        assertTrue(imported.stdout().contains("3 imported, 0 added, 0 changed, 0 destroyed"), imported::toString);
        assertNoChanges();

        cycle.confluentCloud().removeObject("confluent_kafka_topic", "lkc-abc12/x.orders.v2");
        TerraformCli.Result drift = run("plan");
        assertTrue(drift.stdout().contains("has been deleted") && drift.stdout().contains("1 to add"),
                drift::toString);
        run("apply", "-auto-approve");

        write("x.orders.v2", 6, """
                resource "confluent_kafka_acl" "bad" {
                  resource_type = "TOPIC"
                  resource_name = "x."
                  pattern_type  = "PREFIXED"
                  principal     = "User:sa-abc12"
                  host          = "*"
                  operation     = "WRITEX"
                  permission    = "ALLOW"
                }
                resource "confluent_role_binding" "bad" {
                  principal   = "sa-abc12"
                  role_name   = "DeveloperRead"
                  crn_pattern = "not-a-crn"
                }
                """);
        TerraformCli.Result invalid = terraform.run(root, Duration.ofMinutes(3), "validate", "-no-color");
        assertEquals(1, invalid.exitCode(), invalid::toString);
        assertTrue(invalid.output().contains("expected operation to be one of"), invalid::toString);
        assertTrue(invalid.output().contains("\"sa-abc12\" does not match (^User:.+$)"), invalid::toString);
        assertTrue(invalid.output().contains("\"not-a-crn\" does not match ^crn://.+$"), invalid::toString);

        cycle.awsCloud().seed("aws_secretsmanager_secret_version",
                Map.of("secret_id", "x/known", "secret_string", "{\"password\":\"p\"}"));
        write("x.orders.v2", 6, """
                data "aws_secretsmanager_secret_version" "missing" {
                  secret_id = "x/unknown"
                }
                """);
        TerraformCli.Result missing = terraform.run(root, Duration.ofMinutes(3), "plan", "-no-color");
        assertEquals(1, missing.exitCode(), missing::toString);
        assertTrue(missing.output().contains("error reading aws_secretsmanager_secret_version: not found"),
                missing::toString);
        assertFalse(missing.output().contains("\"p\""), "no secret value in the output");
    }

    private static void assertNoChanges() {
        TerraformCli.Result plan = terraform.run(root, Duration.ofMinutes(3), "plan", "-detailed-exitcode",
                "-no-color", "-input=false");
        assertEquals(0, plan.exitCode(), () -> "expected no changes:\n" + plan);
    }

    private static JsonNode outputs() throws Exception {
        JsonNode outputs = JSON.readTree(run("output", "-json").stdout());
        com.fasterxml.jackson.databind.node.ObjectNode values = JSON.createObjectNode();
        outputs.fields().forEachRemaining(e -> values.set(e.getKey(), e.getValue().path("value")));
        return values;
    }

    private static TerraformCli.Result run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "-no-color";
        all[args.length + 1] = "-input=false";
        if (args[0].equals("state") || args[0].equals("output")) {
            all = java.util.Arrays.copyOf(args, args.length);
        }
        return terraform.run(root, Duration.ofMinutes(3), all).requireSuccess();
    }

    private static void write(String topic, int partitions, String extra) throws Exception {
        Files.writeString(root.resolve("main.tf"), """
                terraform {
                  required_providers {
                    confluent = { source = "confluentinc/confluent" }
                    aws       = { source = "hashicorp/aws" }
                  }
                }
                provider "confluent" {
                  kafka_id            = "lkc-abc12"
                  kafka_rest_endpoint = "https://lkc-abc12.eu-west-1.aws.confluent.cloud:443"
                }
                provider "aws" {
                  region              = "eu-west-1"
                  allowed_account_ids = ["111122223333"]
                  default_tags {
                    tags = { Team = "platform" }
                  }
                }
                resource "confluent_service_account" "sa" {
                  display_name = "x-connectors"
                }
                resource "confluent_kafka_topic" "t" {
                  topic_name       = "%s"
                  partitions_count = %d
                }
                data "aws_iam_policy_document" "trust" {
                  statement {
                    actions = ["sts:AssumeRole"]
                    principals {
                      type        = "Service"
                      identifiers = ["ecs-tasks.amazonaws.com"]
                    }
                  }
                }
                resource "aws_iam_role" "r" {
                  name               = "x-role"
                  assume_role_policy = data.aws_iam_policy_document.trust.json
                  tags               = { App = "x" }
                }
                resource "aws_iam_role_policy" "p" {
                  name   = "x-policy"
                  role   = aws_iam_role.r.id
                  policy = data.aws_iam_policy_document.trust.json
                }
                output "account" {
                  value = confluent_service_account.sa.id
                }
                output "topic" {
                  value = confluent_kafka_topic.t.id
                }
                output "role_arn" {
                  value = aws_iam_role.r.arn
                }
                output "tags_all" {
                  value = aws_iam_role.r.tags_all
                }
                output "policy" {
                  value = data.aws_iam_policy_document.trust.json
                }
                %s
                """.formatted(topic, partitions, extra));
    }
}
