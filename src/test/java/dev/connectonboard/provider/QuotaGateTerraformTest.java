package dev.connectonboard.provider;

import dev.connectonboard.testsupport.TerraformCli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.connectonboard.confluent.ConfluentFixtures;
import dev.connectonboard.confluent.TestClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real {@code terraform plan} runs against the real provider process, with WireMock playing Confluent Cloud: the
 * quota gate and connector status as a platform engineer meets them.
 */
class QuotaGateTerraformTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path home;
    private static final WireMockServer confluent = TestClients.loopbackServer();
    private static TerraformCli terraform;
    private static Path inputs;

    @BeforeAll
    static void installProviderAndStartConfluent() throws IOException {
        TerraformCli installed = ProviderTerraform.installIn(home);
        confluent.start();
        ProviderInputs.stubConfluentCloud(confluent);
        inputs = ProviderInputs.copyTo(home.resolve("inputs"));
        terraform = installed.withEnv(TestClients.environment(confluent.port()));
    }

    @AfterAll
    static void stopConfluent() {
        confluent.stop();
    }

    @Test
    void withinQuotaPlanSucceedsAndShowsLimitsUsageAndHeadroom() throws Exception {
        Path workspace = workspace("within", """
                data "connectonboard_quota" "finance" {
                  department = "finance"
                }
                output "finance_limits" {
                  value = data.connectonboard_quota.finance.limits
                }
                output "finance_headroom" {
                  value = data.connectonboard_quota.finance.headroom
                }
                output "finance_live_only" {
                  value = data.connectonboard_quota.finance.live_only_connectors
                }
                """);

        TerraformCli.Result plan = run(terraform, workspace, "plan", "-out=tfplan");

        assertEquals(0, plan.exitCode(), plan::toString);
        assertTrue(plan.stdout().matches("(?s).*maxConnectors\\s+= 22\n.*"), plan::toString);
        JsonNode outputs = planOutputs(workspace);
        JsonNode maxConnectors = limit(outputs.path("finance_limits").path("value"), "maxConnectors");
        // two connectors in finance.yaml plus fin-fx-rates-http-source, live in the cluster and in no descriptor
        assertEquals(25, maxConnectors.path("limit").asInt());
        assertEquals(3, maxConnectors.path("usage").asInt());
        assertEquals(22, maxConnectors.path("headroom").asInt());
        assertTrue(maxConnectors.path("passed").asBoolean());
        JsonNode maxTasks = limit(outputs.path("finance_limits").path("value"), "maxTasks");
        assertEquals(20, maxTasks.path("limit").asInt());
        assertEquals(4, maxTasks.path("usage").asInt());
        assertEquals(16, outputs.path("finance_headroom").path("value").path("maxTasks").asInt());
        assertEquals("[\"fin-fx-rates-http-source\"]", outputs.path("finance_live_only").path("value").toString());
    }

    @Test
    void overQuotaPlanFailsWithTheQuotaCheckMessagePointingAtTheDepartment() throws Exception {
        Path workspace = workspace("over", """
                data "connectonboard_quota" "hr" {
                  department = "hr"
                }
                """);

        TerraformCli.Result plan = run(terraform, workspace, "plan", "-json");

        assertEquals(1, plan.exitCode(), plan::toString);
        List<JsonNode> errors = diagnostics(plan.stdout(), "error");
        TreeSet<String> details = new TreeSet<>();
        for (JsonNode error : errors) {
            details.add(error.path("detail").asText());
            assertTrue(error.path("summary").asText().startsWith("Department hr exceeds its quota: "), error::toString);
            assertEquals("main.tf", error.path("range").path("filename").asText());
            assertEquals(lineOf(workspace.resolve("main.tf"), "department = \"hr\""),
                    error.path("range").path("start").path("line").asInt(), error::toString);
        }
        TreeSet<String> gate = quotaCheckViolations("hr");
        assertFalse(gate.isEmpty(), "the quota check itself must find hr over its limits");
        assertEquals(gate, details);
        assertTrue(details.stream().anyMatch(detail -> detail.startsWith("hr / maxConnectors: ")), details::toString);
    }

    @Test
    void overQuotaPlanShowsTheViolationToAPersonReadingTheTerminal() throws Exception {
        Path workspace = workspace("over-human", """
                data "connectonboard_quota" "hr" {
                  department = "hr"
                }
                """);

        TerraformCli.Result plan = run(terraform, workspace, "plan");

        assertEquals(1, plan.exitCode(), plan::toString);
        assertTrue(plan.stderr().contains("Error: Department hr exceeds its quota: maxConnectors"), plan::toString);
        assertTrue(plan.stderr().contains("department = \"hr\""), "the error quotes the offending line: " + plan);
        assertTrue(plan.stderr().contains("hr-onboarding-datagen-source"),
                "the message names the live connector nobody declared: " + plan);
    }

    @Test
    void unenforcedQuotaReportsViolationsAsWarningsAndLetsThePlanPass() throws Exception {
        Path workspace = workspace("unenforced", """
                data "connectonboard_quota" "hr" {
                  department = "hr"
                  enforce    = false
                }
                output "hr_violations" {
                  value = data.connectonboard_quota.hr.violations
                }
                """);

        TerraformCli.Result plan = run(terraform, workspace, "plan", "-out=tfplan");

        assertEquals(0, plan.exitCode(), plan::toString);
        assertTrue(plan.output().contains("Warning: Department hr exceeds its quota: maxConnectors"), plan::toString);
        JsonNode violations = planOutputs(workspace).path("hr_violations").path("value");
        List<String> limits = new ArrayList<>();
        violations.forEach(violation -> limits.add(violation.path("limit").asText()));
        assertTrue(limits.contains("maxConnectors"), violations::toString);
    }

    @Test
    void unreachableConfluentCloudFailsThePlanClosed() throws Exception {
        Path workspace = workspace("unreachable", """
                data "connectonboard_quota" "finance" {
                  department = "finance"
                }
                """);
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        TerraformCli unreachable = terraform.withEnv(Map.of("CONFLUENT_CLOUD_API_URL", "http://127.0.0.1:" + closedPort));
        TerraformCli.Result plan = run(unreachable, workspace, "plan");

        assertEquals(1, plan.exitCode(), plan::toString);
        assertTrue(plan.stderr().contains("Error: Quota of department finance could not be determined"),
                plan::toString);
        assertFalse(plan.output().contains(ConfluentFixtures.API_SECRET), "the secret must never be printed");
    }

    @Test
    void connectorStatusShowsWhatTheStatusCommandShowsMostUrgentFirst() throws Exception {
        Path workspace = workspace("status", """
                data "connectonboard_connector_status" "hr" {
                  department = "hr"
                }
                output "hr_connectors" {
                  value = data.connectonboard_connector_status.hr.connectors
                }
                output "hr_unhealthy" {
                  value = data.connectonboard_connector_status.hr.unhealthy
                }
                """);

        TerraformCli.Result plan = run(terraform, workspace, "plan", "-out=tfplan");

        assertEquals(0, plan.exitCode(), "an unhealthy connector does not fail the plan: " + plan);
        JsonNode outputs = planOutputs(workspace);
        JsonNode connectors = outputs.path("hr_connectors").path("value");
        List<String> names = new ArrayList<>();
        connectors.forEach(connector -> names.add(connector.path("name").asText() + " "
                + connector.path("health").asText()));
        // failed, then declared but missing from the cluster, then running (live and in no descriptor)
        assertEquals(List.of("hr-workday-snowflake-sink FAILED", "hr-payroll-s3-sink MISSING",
                "hr-onboarding-datagen-source RUNNING"), names);
        JsonNode failed = connectors.get(0);
        assertEquals("FAILED", failed.path("state").asText());
        assertEquals("FAILED", failed.path("tasks").get(0).path("state").asText());
        assertTrue(failed.path("error").asText().contains("Failed to open a Snowflake channel"), failed::toString);
        assertTrue(failed.path("error_summary").asText().startsWith("The Snowflake sink connector failed"),
                failed::toString);
        assertTrue(failed.path("declared_at").asText().endsWith("departments/hr.yaml:12"), failed::toString);
        assertEquals("[\"hr-workday-snowflake-sink\",\"hr-payroll-s3-sink\"]",
                outputs.path("hr_unhealthy").path("value").toString());
    }

    @Test
    void unknownDepartmentIsValidatedAndReadDuringApply() throws Exception {
        Path workspace = workspace("unknown", """
                resource "terraform_data" "later" {
                  input = "finance"
                }
                data "connectonboard_quota" "later" {
                  department = "finance${substr(terraform_data.later.id, 0, 0)}"
                }
                output "later_passed" {
                  value = data.connectonboard_quota.later.passed
                }
                """);

        TerraformCli.Result plan = run(terraform, workspace, "plan");

        assertEquals(0, plan.exitCode(), plan::toString);
        assertTrue(plan.stdout().contains("data.connectonboard_quota.later will be read during apply"),
                plan::toString);
        assertTrue(plan.stdout().contains("later_passed = (known after apply)"), plan::toString);
    }

    private static Path workspace(String name, String body) throws IOException {
        Path workspace = Files.createDirectories(home.resolve(name));
        Files.writeString(workspace.resolve("main.tf"), """
                terraform {
                  required_providers {
                    connectonboard = { source = "terraform.local/connect-onboard/connectonboard" }
                  }
                }
                provider "connectonboard" {
                  platform_file = "%s"
                  quotas_file   = "%s"
                  descriptors   = ["%s"]
                }
                """.formatted(inputs.resolve("platform.yaml"), inputs.resolve("quotas.yaml"),
                inputs.resolve("departments")) + body);
        return workspace;
    }

    private static JsonNode planOutputs(Path workspace) throws Exception {
        TerraformCli.Result show = run(terraform, workspace, "show", "-json", "tfplan");
        assertEquals(0, show.exitCode(), show::toString);
        return JSON.readTree(show.stdout()).path("planned_values").path("outputs");
    }

    private static JsonNode limit(JsonNode limits, String name) {
        for (JsonNode limit : limits) {
            if (limit.path("name").asText().equals(name)) {
                return limit;
            }
        }
        throw new AssertionError("no limit " + name + " in " + limits);
    }

    private static List<JsonNode> diagnostics(String jsonLines, String severity) throws IOException {
        List<JsonNode> found = new ArrayList<>();
        for (String line : jsonLines.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode message = JSON.readTree(line);
            if (message.path("type").asText().equals("diagnostic")
                    && message.path("diagnostic").path("severity").asText().equals(severity)) {
                found.add(message.path("diagnostic"));
            }
        }
        return found;
    }

    /** The violation lines {@code connect-onboard quota check} prints for a department, run as its own process. */
    private static TreeSet<String> quotaCheckViolations(String department) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(ProviderInstallerPaths.java(), "-cp",
                System.getProperty("java.class.path"), "dev.connectonboard.cli.Main", "quota", "check",
                "--platform", inputs.resolve("platform.yaml").toString(),
                "--quotas", inputs.resolve("quotas.yaml").toString(), inputs.resolve("departments").toString());
        Map<String, String> env = builder.environment();
        env.putAll(TestClients.environment(confluent.port()));
        Process process = builder.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(1, process.exitValue(), output);
        TreeSet<String> lines = new TreeSet<>();
        for (String line : output.split("\n")) {
            if (line.startsWith("  " + department + " / ")) {
                lines.add(line.substring(2));
            }
        }
        return lines;
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    /** Runs a terraform command with colour off, as a person reading a CI log sees it. */
    private static TerraformCli.Result run(TerraformCli cli, Path dir, String command, String... args) {
        List<String> full = new java.util.ArrayList<>(List.of(command, "-no-color"));
        full.addAll(List.of(args));
        return cli.run(dir, TerraformCli.DEFAULT_TIMEOUT, full);
    }
}
