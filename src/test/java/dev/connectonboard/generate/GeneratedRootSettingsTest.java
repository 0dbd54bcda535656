package dev.connectonboard.generate;

import com.bertramlabs.plugins.hcl4j.HCLParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the generated root states about versions, state locking, tags, outputs and its lock file. */
class GeneratedRootSettingsTest {

    @Test
    void versionsStateTheEffectiveConstraintsNotWeakerOnes(@TempDir Path dir) throws Exception {
        Workspace workspace = new Workspace(dir);
        replaceInPlatform(workspace, "confluentProviderVersion: \"~> 2.83\"", "confluentProviderVersion: \"~> 2.50\"");
        workspace.generate(false);
        Map<String, Object> terraform = block(workspace.read("finance/versions.tf"), "terraform");
        // modules need >= 1.9.0, the S3 lock file >= 1.11.0; the platform allows ~> 2.50, the modules need ~> 2.83
        assertEquals(">= 1.11.0", terraform.get("required_version"));
        assertEquals("~> 2.83", provider(terraform, "confluent").get("version"));
        assertEquals("~> 5.100", provider(terraform, "aws").get("version"));
    }

    @Test
    void aPlatformPinInsideTheModulesRangeIsKeptAsWritten(@TempDir Path dir) throws Exception {
        Workspace workspace = new Workspace(dir);
        replaceInPlatform(workspace, "confluentProviderVersion: \"~> 2.83\"", "confluentProviderVersion: \"= 2.83.4\"");
        workspace.generate(false);
        assertEquals("= 2.83.4", provider(block(workspace.read("hr/versions.tf"), "terraform"), "confluent")
                .get("version"));
    }

    @Test
    void stateIsLockedByS3ItselfAndDynamoDbStaysAnOption(@TempDir Path dir) throws Exception {
        Workspace workspace = new Workspace(dir);
        workspace.generate(false);
        String backend = workspace.read("hr/backend.tf");
        assertTrue(backend.contains("use_lockfile = true"), backend);
        assertFalse(backend.contains("dynamodb_table"), backend);

        replaceInPlatform(workspace, "keyPrefix: connect/ }", "keyPrefix: connect/, useLockfile: false, "
                + "dynamodbTable: ebs-tf-locks }");
        workspace.generate(false);
        backend = workspace.read("hr/backend.tf");
        assertTrue(backend.contains("dynamodb_table = \"ebs-tf-locks\""), backend);
        assertFalse(backend.contains("use_lockfile"), backend);
        // without the lock file the modules' own minimum is what the root needs
        assertEquals(">= 1.9.0", block(workspace.read("hr/versions.tf"), "terraform").get("required_version"));
    }

    @Test
    void awsResourcesGetOneTagSetFromTheModulesNotAlsoProviderDefaultTags(@TempDir Path dir) throws Exception {
        Workspace workspace = new Workspace(dir);
        workspace.generate(false);
        for (String department : List.of("finance", "hr", "research")) {
            Map<String, Object> aws = block(workspace.read(department + "/providers.tf"), "provider", "aws");
            assertEquals(Map.of("region", "eu-west-1", "allowed_account_ids", List.of("123456789012")), aws);
            String main = workspace.read(department + "/main.tf");
            assertTrue(main.contains("tags = var.extra_tags"), main);
            assertFalse(main.contains("managed-by"), main);
        }
        String module = Files.readString(Workspace.PROJECT.resolve("modules/department/main.tf"));
        assertEquals(1, module.split("ManagedBy", -1).length - 1, "one ManagedBy key, in the department module");
    }

    @Test
    void readmeNamesServiceAccountsAsTheyAreCreatedWithThePlatformSuffix(@TempDir Path dir) throws Exception {
        Workspace workspace = new Workspace(dir);
        workspace.generate(false);
        String readme = workspace.read("finance/README.md");
        assertTrue(readme.contains("`fin-connectors-ebs-prod`, `fin-operators-ebs-prod`, "
                + "`fin-metrics-reader-ebs-prod`"), readme);
        String module = Files.readString(Workspace.PROJECT.resolve("modules/service-accounts/main.tf"));
        assertTrue(module.contains("display_name = \"${var.prefix}-connectors-${var.platform_name}\""), module);
    }

    @Test
    void operatorsKafkaApiKeyIsASensitiveOutput(@TempDir Path dir) throws Exception {
        Workspace workspace = new Workspace(dir);
        workspace.generate(false);
        Map<String, Object> output = block(workspace.read("hr/outputs.tf"), "output", "operators_kafka_api_key");
        assertEquals(Boolean.TRUE, output.get("sensitive"));
        String outputs = workspace.read("hr/outputs.tf");
        assertTrue(outputs.contains("id     = module.department.kafka_api_key_ids.operators"), outputs);
        assertTrue(outputs.contains("secret = module.department.kafka_api_key_secrets.operators"), outputs);
        assertTrue(workspace.read("hr/README.md").contains("terraform output -json operators_kafka_api_key"));
    }

    @Test
    void theWorkerSecretRecoveryWindowComesFromThePlatform(@TempDir Path dir) throws Exception {
        Workspace workspace = new Workspace(dir);
        workspace.generate(false);
        assertTrue(workspace.read("research/main.tf").contains("secret_recovery_window_days = 0"));
        replaceInPlatform(workspace, "secretRecoveryWindowDays: 0", "secretRecoveryWindowDays: 14");
        workspace.generate(false);
        assertTrue(workspace.read("research/main.tf").contains("secret_recovery_window_days = 14"));
        String module = Files.readString(Workspace.PROJECT.resolve("modules/department/main.tf"));
        assertTrue(module.contains("recovery_window_in_days = var.platform.secret_recovery_window_days"), module);
    }

    @Test
    void aConnectorsStatusIsSentOnlyWhenItsDescriptorAsksForOne(@TempDir Path dir) throws Exception {
        Workspace workspace = new Workspace(dir);
        workspace.edit("finance", "    state: paused                      # created running, paused on the next apply "
                + "(see README)", "    state: running");
        workspace.generate(false);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> connectors = (List<Map<String, Object>>) block(workspace.read("finance/main.tf"),
                "module", "department").get("connectors");
        Map<String, List<Object>> flags = new java.util.TreeMap<>();
        connectors.forEach(c -> flags.put((String) c.get("name"), List.of(c.get("paused"), c.get("keep_running"))));
        assertEquals(Map.of(
                "fin-ledger-s3-sink", List.of(false, false),        // no state: left to Confluent Cloud
                "fin-payments-pg-cdc-source", List.of(false, false),
                "fin-reporting-snowflake-sink", List.of(false, true)), flags);
        String module = Files.readString(Workspace.PROJECT.resolve("modules/department/main.tf"));
        assertTrue(module.contains("status              = c.paused ? \"PAUSED\" : c.keep_running ? \"RUNNING\" : null"),
                module);
    }

    @Test
    void aSourceThatCreatesItsOwnTopicsGetsItsPrefixAndSelfManagedWorkersATopicCreationGroup(@TempDir Path dir)
            throws Exception {
        Workspace workspace = new Workspace(dir);
        workspace.generate(false);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> research = (List<Map<String, Object>>) block(workspace.read("research/main.tf"),
                "module", "department").get("connectors");
        assertEquals("rsch.experiments.", research.get(0).get("creates_topics_under"));
        assertEquals(List.of(), research.get(0).get("topics"));
        assertFalse(research.get(1).containsKey("creates_topics_under"), research.get(1).toString());
        // Self-managed connector configs live in the root's locals, one entry per connector (source first).
        String root = workspace.read("research/main.tf");
        int source = root.indexOf("\"rsch-experiments-mysql-source\" = {");
        int sink = root.indexOf("\"rsch-papers-s3-sink\" = {");
        assertTrue(source > 0 && sink > source, root);
        String sourceConfig = root.substring(source, sink);
        String sinkConfig = root.substring(sink, root.indexOf("resource \"connectonboard_connector\"", sink));
        assertTrue(sourceConfig.matches("(?s).*\"topic\\.creation\\.default\\.replication\\.factor\"\\s+= \"3\".*"),
                sourceConfig);
        assertFalse(sinkConfig.contains("topic.creation"), sinkConfig);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> finance = (List<Map<String, Object>>) block(workspace.read("finance/main.tf"),
                "module", "department").get("connectors");
        assertEquals(List.of("fin.payments.public.payments", "fin.payments.public.refunds"),
                finance.get(0).get("topics"));
        String module = Files.readString(Workspace.PROJECT.resolve("modules/department/main.tf"));
        assertTrue(module.contains("source_topics         = distinct(flatten([for c in var.connectors : c.topics if "
                + "c.direction == \"source\"]))"), module);
    }

    @Test
    void emptyListsAndMapsAreWrittenAsBrackets(@TempDir Path dir) throws Exception {
        Workspace workspace = new Workspace(dir);
        workspace.generate(false);
        String hr = workspace.read("hr/main.tf");
        assertTrue(hr.contains("  iam_roles = []\n"), hr);
        assertTrue(hr.contains("  private_link_egress = []\n"), hr);
        String finance = workspace.read("finance/main.tf");
        assertTrue(finance.contains("      secrets = {}\n"), finance);
        assertFalse(finance.matches("(?s).*[\\[{]\\n\\s*[\\]}].*"), "no bracket pair left on two lines");
    }

    @Test
    void theProviderLockFileIsNeverDeletedNorReportedAsStale(@TempDir Path dir) throws Exception {
        Workspace workspace = new Workspace(dir);
        workspace.generate(false);
        Path lock = workspace.out.resolve("finance/.terraform.lock.hcl");
        String lockText = "# This file is maintained automatically by \"terraform init\".\n"
                + "provider \"registry.terraform.io/confluentinc/confluent\" {\n  version = \"2.83.4\"\n}\n";
        Files.writeString(lock, lockText);
        GenerateRun.Outcome check = workspace.generate(true);
        assertTrue(check.plan().upToDate(), check.plan().diff());
        workspace.edit("finance", "tasks: 2", "tasks: 3");
        GenerateRun.Outcome written = workspace.generate(false);
        assertTrue(written.plan().changed().contains(Path.of("finance/main.tf")), written.plan().changed().toString());
        assertEquals(List.of(), written.plan().removed());
        assertEquals(lockText, Files.readString(lock));
        String gitignore = Files.readString(Workspace.PROJECT.resolve(".gitignore"));
        assertTrue(gitignore.contains("!generated/*/.terraform.lock.hcl"), gitignore);
    }

    private static void replaceInPlatform(Workspace workspace, String from, String to) throws Exception {
        String text = Files.readString(workspace.platform);
        assertTrue(text.contains(from), from);
        Files.writeString(workspace.platform, text.replace(from, to));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> block(String hcl, String... path) throws Exception {
        Object node = new HCLParser().parse(hcl);
        for (String key : path) {
            node = ((Map<String, Object>) node).get(key);
        }
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> provider(Map<String, Object> terraform, String name) {
        return ((Map<String, Map<String, Object>>) terraform.get("required_providers")).get(name);
    }
}
