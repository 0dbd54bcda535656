package dev.connectonboard.plangate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connectonboard.plangate.report.PlanReportFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every format on one report: shop deletes a topic (blocked), replaces an acknowledged one, rotates a key, adds a
 * connector and carries an acknowledgement matching nothing.
 */
class PlanReportsTest {
    @TempDir
    Path dir;
    private Path shop;
    private PlanGateReport report;

    @BeforeEach
    void check() {
        shop = HandMadePlan.shop(dir, """
                acknowledgements:
                  - { topic: shop.audit, action: replace, reason: "audit re-sent from the source (CHG-7)" }
                  - { connector: shop-gone-sink, action: delete, reason: "retired last week (CHG-6)" }
                """);
        HandMadePlan plan = HandMadePlan.of("shop")
                .topic("delete", "shop.returns")
                .topic(List.of("delete", "create"), "department", "shop.audit", 6, 3)
                .connector("create", "shop-orders-s3-sink")
                .noOps(2);
        plan.change(HandMadePlan.ACCOUNTS, "confluent_api_key", "operators", null, List.of("create", "delete"),
                HandMadePlan.JSON.createObjectNode().put("display_name", "shop-operators"),
                HandMadePlan.JSON.createObjectNode().put("display_name", "shop-operators"));
        Path platform = HandMadePlan.resource(dir, "platform.yaml");
        report = new PlanCheck().run(new PlanCheck.Request(platform, List.of(plan.write(dir, "shop.json")),
                List.of(shop)));
    }

    @Test
    void json() throws Exception {
        JsonNode json = HandMadePlan.JSON.readTree(PlanReportFormat.JSON.render(report));
        assertEquals(1, json.get("schemaVersion").asInt());
        assertFalse(json.get("passed").asBoolean());
        assertEquals(1, json.at("/summary/blocking").asInt());
        assertEquals(1, json.at("/summary/acknowledged").asInt());
        assertEquals(1, json.at("/summary/unmatchedAcknowledgements").asInt());
        assertEquals(2, json.at("/summary/changes/destroys-data").asInt());
        JsonNode department = json.at("/departments/0");
        assertEquals("shop", department.get("name").asText());
        assertEquals(2, department.get("unchanged").asInt());
        JsonNode blocked = department.at("/changes/0");
        assertEquals("destroys-data", blocked.get("effect").asText());
        assertTrue(blocked.get("blocking").asBoolean());
        assertEquals("delete", blocked.get("action").asText());
        assertEquals(9, blocked.at("/source/line").asInt());
        assertEquals(shop.toString(), blocked.at("/source/file").asText());
        assertTrue(blocked.get("acknowledgement").isNull());
        assertTrue(blocked.get("acknowledgeWith").asText().startsWith("{ topic: shop.returns, action: delete"));
        JsonNode acked = department.at("/changes/1");
        assertEquals(11, acked.at("/source/line").asInt());
        assertEquals(26, acked.at("/acknowledgement/source/line").asInt());
        assertEquals("audit re-sent from the source (CHG-7)", acked.at("/acknowledgement/reason").asText());
        assertTrue(acked.get("howToAcknowledge").isNull());
        assertEquals(27, department.at("/unmatchedAcknowledgements/0/source/line").asInt());
        for (JsonNode change : department.get("changes")) {
            for (String key : List.of("effect", "blocking", "address", "type", "action", "subject", "message",
                    "source", "acknowledgement", "howToAcknowledge", "acknowledgeWith")) {
                assertTrue(change.has(key), key + " in " + change);
            }
        }
    }

    @Test
    void sarifLocatesResultsAtDescriptorLinesAndSuppressesAcknowledgedOnes() throws Exception {
        JsonNode sarif = HandMadePlan.JSON.readTree(PlanReportFormat.SARIF.render(report));
        assertEquals("2.1.0", sarif.get("version").asText());
        JsonNode run = sarif.at("/runs/0");
        assertEquals("connect-onboard-plan-gate/shop/", run.at("/automationDetails/id").asText());
        List<String> ruleIds = new ArrayList<>();
        run.at("/tool/driver/rules").forEach(rule -> ruleIds.add(rule.get("id").asText()));
        assertEquals(List.of("destroys-data", "resets-connectors", "changes-access", "unmatched-acknowledgement"),
                ruleIds);
        JsonNode results = run.get("results");
        assertEquals(4, results.size(), "two topics, the key, the stale acknowledgement: " + results);
        for (JsonNode result : results) {
            assertTrue(ruleIds.contains(result.get("ruleId").asText()));
            JsonNode location = result.at("/locations/0/physicalLocation");
            assertTrue(location.at("/region/startLine").asInt() >= 1);
            assertFalse(location.at("/artifactLocation/uri").asText().isEmpty());
            assertFalse(result.at("/partialFingerprints/connectOnboardPlanChange~1v1").asText().isEmpty());
        }
        JsonNode blocked = results.get(0);
        assertEquals("error", blocked.get("level").asText());
        assertEquals(9, blocked.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertTrue(blocked.at("/message/text").asText().contains("topic shop.returns is deleted: destroys data"));
        assertTrue(blocked.at("/message/text").asText().contains("{ topic: shop.returns, action: delete"));
        JsonNode acknowledged = results.get(1);
        assertEquals("note", acknowledged.get("level").asText());
        assertEquals("inSource", acknowledged.at("/suppressions/0/kind").asText());
        assertEquals("audit re-sent from the source (CHG-7)", acknowledged.at("/suppressions/0/justification")
                .asText());
        assertEquals("unmatched-acknowledgement", results.get(3).get("ruleId").asText());
        assertEquals(27, results.get(3).at("/locations/0/physicalLocation/region/startLine").asInt());
    }

    @Test
    void sarifUrisAreRelativeToTheWorkingDirectoryWhenUnderIt() throws Exception {
        Path local = Path.of("target", "plangate-sarif-" + System.nanoTime());
        Path file = HandMadePlan.shop(local, "");
        Path platform = HandMadePlan.resource(local, "platform.yaml");
        PlanGateReport here = new PlanCheck().run(new PlanCheck.Request(platform, List.of(HandMadePlan.of("shop")
                .topic("delete", "shop.returns").write(local, "p.json")), List.of(file)));
        JsonNode artifact = HandMadePlan.JSON.readTree(PlanReportFormat.SARIF.render(here))
                .at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation");
        assertEquals(local.resolve("departments").resolve("shop.yaml").toString().replace('\\', '/'),
                artifact.get("uri").asText());
        assertEquals("%SRCROOT%", artifact.get("uriBaseId").asText());
    }

    @Test
    void junitFailsTheBlockedChangeOnly() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(PlanReportFormat.JUNIT
                .render(report).getBytes(StandardCharsets.UTF_8)));
        Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
        assertEquals("plan.shop", suite.getAttribute("name"));
        assertEquals("1", suite.getAttribute("failures"));
        NodeList failures = xml.getElementsByTagName("failure");
        assertEquals(1, failures.getLength());
        Element failure = (Element) failures.item(0);
        assertEquals("UnacknowledgedDestroysData", failure.getAttribute("type"));
        assertTrue(failure.getAttribute("message").startsWith("topic shop.returns is deleted"));
        assertTrue(failure.getTextContent().contains(shop + ":9"), failure.getTextContent());
        assertEquals(Integer.parseInt(suite.getAttribute("tests")), xml.getElementsByTagName("testcase").getLength());
    }

    @Test
    void markdownHasTheFourSectionsPerDepartment() {
        String markdown = PlanReportFormat.MARKDOWN.render(report);
        assertTrue(markdown.startsWith("### ❌ connect-onboard plan check FAILED"), markdown);
        assertTrue(markdown.contains("#### ❌ shop: FAILED, 1 unacknowledged"), markdown);
        int data = markdown.indexOf("**Destroys data** (2)");
        int resets = markdown.indexOf("**Resets connectors** (0)");
        int access = markdown.indexOf("**Changes access** (1)");
        int adds = markdown.indexOf("**Adds** (1)");
        assertTrue(data > 0 && data < resets && resets < access && access < adds, markdown);
        assertTrue(markdown.contains("- ❌ `" + shop + ":9`: topic shop.returns is deleted"), markdown);
        assertTrue(markdown.contains("`{ topic: shop.returns, action: delete, reason: \"<why"), markdown);
        assertTrue(markdown.contains("☑️ `" + shop + ":11`"), markdown);
        assertTrue(markdown.contains("**Acknowledgements matching nothing** (1)"), markdown);
    }

    @Test
    void textNamesTheTopicTheEffectTheLineAndTheAcknowledgement() {
        String text = PlanReportFormat.TEXT.render(report);
        assertTrue(text.startsWith("plan check FAILED: 1 unacknowledged change destroys data or resets a connector "
                + "in 1 of 1 department (1 acknowledged) (platform ebs-test)"), text);
        assertTrue(text.contains("BLOCKED " + shop + ":9: topic shop.returns is deleted: destroys data"), text);
        assertTrue(text.contains("to accept it, add to " + shop + " under acknowledgements: { topic: shop.returns, "
                + "action: delete"), text);
        assertTrue(text.contains("warning: " + shop + ":27: the acknowledgement of connector shop-gone-sink (delete) "
                + "matches nothing in this plan"), text);
        assertTrue(text.contains("2 resources unchanged"), text);
    }

    @Test
    void markdownEscapesWhatCouldBreakTheComment() {
        HandMadePlan plan = HandMadePlan.of("shop");
        plan.change(HandMadePlan.ACCOUNTS, "confluent_service_account", "x", "<img src=x>|@team\u001b[2J", List.of(
                "delete"), HandMadePlan.JSON.createObjectNode(), null);
        PlanGateReport hostile = new PlanCheck().run(new PlanCheck.Request(HandMadePlan.resource(dir,
                "platform.yaml"), List.of(plan.write(dir, "hostile.json")), List.of(shop)));
        String markdown = PlanReportFormat.MARKDOWN.render(hostile);
        String prose = markdown.replaceAll("`[^`\n]*`", "");
        assertTrue(prose.contains("service account &lt;img src=x&gt;\\|&#64;team"), markdown);
        assertFalse(prose.contains("<img"), "HTML outside code spans: " + markdown);
        assertFalse(prose.contains("@team"), "a mention outside code spans: " + markdown);
        assertFalse(markdown.contains("\u001b"), markdown);
        assertFalse(PlanReportFormat.TEXT.render(hostile).contains("\u001b"));
    }
}
