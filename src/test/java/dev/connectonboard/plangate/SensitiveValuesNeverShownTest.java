package dev.connectonboard.plangate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connectonboard.cli.CliTestSupport;
import dev.connectonboard.cli.CliTestSupport.CliResult;
import dev.connectonboard.plangate.report.PlanReportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JSON plan holds sensitive values in clear text. This plants marker values wherever a plan can hold them (marked
 * attributes before and after, replacement causes, updated maps, root variables, sensitive outputs, prior state,
 * configuration) and greps every format the gate writes, on the terminal and in files, for them.
 */
class SensitiveValuesNeverShownTest {
    private static final String MARKER = "PLANTED-SECRET";

    @TempDir
    Path dir;

    private Path plan() {
        HandMadePlan plan = HandMadePlan.of("shop");
        ObjectNode root = plan.root();
        root.putObject("variables").putObject("kafka_api_secret").put("value", MARKER + "-variable");
        ObjectNode outputs = (ObjectNode) root.get("planned_values").get("outputs");
        outputs.putObject("metrics_api_key").put("sensitive", true).put("value", MARKER + "-output");
        root.putObject("prior_state").putObject("values").putObject("root_module").putArray("resources").addObject()
                .putObject("values").put("secret", MARKER + "-prior");
        root.putObject("configuration").putObject("root_module").putObject("variables").putObject("x")
                .put("default", MARKER + "-configuration");

        // a topic whose whole value is sensitive: its name comes from the address, nothing else is shown
        ObjectNode topic = plan.change(HandMadePlan.TOPICS, "confluent_kafka_topic", "department", "shop.audit",
                List.of("delete", "create"), HandMadePlan.topicValues("shop.audit", 6).put("x", MARKER + "-1"),
                HandMadePlan.topicValues("shop.audit", 3).put("x", MARKER + "-2"));
        ObjectNode change = (ObjectNode) topic.get("change");
        change.put("before_sensitive", true);
        change.put("after_sensitive", true);
        change.putArray("replace_paths").addArray().add("partitions_count");

        // a connector renamed: sensitive config on both sides, and a sensitive attribute forcing a replacement
        ObjectNode connector = plan.change(HandMadePlan.CONNECTORS, "confluent_connector", "this",
                "shop-orders-s3-sink", List.of("delete", "create"), connectorWithSecret(MARKER + "-3"),
                connectorWithSecret(MARKER + "-4"));
        ObjectNode connectorChange = (ObjectNode) connector.get("change");
        connectorChange.set("before_sensitive", HandMadePlan.JSON.createObjectNode().put("config_sensitive", true)
                .put("environment", true));
        connectorChange.set("after_sensitive", HandMadePlan.JSON.createObjectNode().put("config_sensitive", true)
                .put("environment", true));
        connectorChange.putArray("replace_paths").addArray().add("environment");

        // an in-place update of a map marked sensitive as a whole: only the attribute's name may appear
        ObjectNode update = plan.change(HandMadePlan.CONNECTORS, "confluent_connector", "this", "shop-other-sink",
                List.of("update"), HandMadePlan.connectorValues("shop-other-sink", 1),
                HandMadePlan.connectorValues("shop-other-sink", 1));
        ((ObjectNode) update.get("change").get("after").get("config_nonsensitive")).put(MARKER + "-key", "v");
        ((ObjectNode) update.get("change")).set("after_sensitive", HandMadePlan.JSON.createObjectNode()
                .put("config_nonsensitive", true));

        // a rotated key whose display name is marked sensitive, and its secret
        ObjectNode key = plan.change(HandMadePlan.ACCOUNTS, "confluent_api_key", "operators", null,
                List.of("create", "delete"), HandMadePlan.JSON.createObjectNode().put("display_name", MARKER + "-5")
                        .put("secret", MARKER + "-6"), HandMadePlan.JSON.createObjectNode()
                        .put("display_name", MARKER + "-7"));
        ((ObjectNode) key.get("change")).set("before_sensitive", HandMadePlan.JSON.createObjectNode()
                .put("display_name", true).put("secret", true));
        ((ObjectNode) key.get("change")).set("after_sensitive", HandMadePlan.JSON.createObjectNode()
                .put("display_name", true));

        // a list attribute with one sensitive item
        ObjectNode acl = plan.change(HandMadePlan.ACCOUNTS, "confluent_kafka_acl", "connectors", "k", List.of("delete"),
                HandMadePlan.JSON.createObjectNode().put("resource_name", MARKER + "-8"), null);
        ((ObjectNode) acl.get("change")).set("before_sensitive", HandMadePlan.JSON.createObjectNode()
                .put("resource_name", true));
        ArrayNode list = ((ObjectNode) acl.get("change").get("before")).putArray("credentials");
        list.add("plain").add(MARKER + "-9");
        return plan.write(dir, "plan.json");
    }

    private static ObjectNode connectorWithSecret(String secret) {
        ObjectNode values = HandMadePlan.connectorValues("shop-orders-s3-sink", 1);
        values.putObject("config_sensitive").put("aws.secret.access.key", secret);
        values.putObject("environment").put("id", secret);
        return values;
    }

    @Test
    void noFormatShowsAPlantedValueOnTheTerminalOrInAFile() throws IOException {
        Path platform = HandMadePlan.resource(dir, "platform.yaml");
        Path shop = HandMadePlan.shop(dir, "");
        Path plan = plan();
        assertTrue(Files.readString(plan).split(MARKER, -1).length > 10, "markers are planted in the plan");
        for (PlanReportFormat format : PlanReportFormat.values()) {
            CliResult printed = CliTestSupport.run("plan", "check", "--platform", platform, "--plan", plan,
                    "--format", format, shop);
            assertEquals(1, printed.exitCode(), printed::toString);
            assertTrue(printed.out().contains("shop.audit"), "the report is about the plan: " + printed);
            assertFalse(printed.out().contains(MARKER), format + " on the terminal:\n" + printed.out());
            assertFalse(printed.err().contains(MARKER), format + " on stderr:\n" + printed.err());

            Path file = dir.resolve("report." + format);
            CliResult written = CliTestSupport.run("plan", "check", "--platform", platform, "--plan", plan,
                    "--format", format, "--output", file, "--verbose", shop);
            assertEquals(1, written.exitCode(), written::toString);
            String report = Files.readString(file);
            assertTrue(report.contains("shop-orders-s3-sink"), report);
            assertFalse(report.contains(MARKER), format + " in " + file + ":\n" + report);
            assertFalse((written.out() + written.err()).contains(MARKER), written::toString);
        }
    }

    @Test
    void anErrorAboutAPlanShowsNoPlantedValue() throws IOException {
        Path platform = HandMadePlan.resource(dir, "platform.yaml");
        Path shop = HandMadePlan.shop(dir, "");
        String json = Files.readString(plan());
        Path truncated = Files.writeString(dir.resolve("truncated.json"), json.substring(0, json.indexOf(MARKER + "-3")
                + 20));
        CliResult result = CliTestSupport.run("plan", "check", "--platform", platform, "--plan", truncated,
                "--verbose", shop);
        assertEquals(3, result.exitCode(), result::toString);
        assertFalse((result.out() + result.err()).contains(MARKER), result::toString);
    }
}
