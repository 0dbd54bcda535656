package dev.connectonboard.plangate;

import dev.connectonboard.errors.FailureKind;
import dev.connectonboard.errors.OnboardException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The classifier and the acknowledgements, on hand-made plans of the shop department (plangate/shop.yaml). */
class PlanCheckTest {
    @TempDir
    Path dir;

    private DepartmentPlanVerdict check(Path descriptor, HandMadePlan plan) {
        Path platform = HandMadePlan.resource(dir, "platform.yaml");
        PlanGateReport report = new PlanCheck().run(new PlanCheck.Request(platform,
                List.of(plan.write(dir, "plan-" + System.nanoTime() + ".json")), List.of(descriptor)));
        assertEquals(1, report.departments().size());
        return report.departments().get(0);
    }

    private static Finding only(DepartmentPlanVerdict verdict, Effect effect) {
        List<Finding> findings = verdict.findings(effect);
        assertEquals(1, findings.size(), () -> effect + " findings: " + verdict.findings());
        return findings.get(0);
    }

    @Test
    void aDeletedTopicBlocksNamingItTheEffectTheDescriptorAndTheAcknowledgement() {
        Path shop = HandMadePlan.shop(dir, "");
        DepartmentPlanVerdict verdict = check(shop, HandMadePlan.of("shop").topic("delete", "shop.returns"));
        assertFalse(verdict.passed());
        Finding finding = only(verdict, Effect.DESTROYS_DATA);
        assertTrue(finding.blocking());
        assertEquals("topic shop.returns is deleted: destroys data, every record in it is lost (no longer declared "
                + "under topics (removed or renamed))", finding.message());
        assertEquals(shop + ":9", finding.source().cite(), "the topics list it was removed from");
        assertEquals("{ topic: shop.returns, action: delete, reason: \"" + Fixes.REASON_PLACEHOLDER + "\" }",
                finding.acknowledgeWith());
        assertTrue(finding.fix().startsWith("to accept it, add to " + shop + " under acknowledgements: "),
                finding.fix());
    }

    @Test
    void theAcknowledgedDeletePassesAndSaysWhere() {
        Path shop = HandMadePlan.shop(dir, """
                acknowledgements:
                  - topic: shop.returns
                    action: delete
                    reason: "returns moved to shop.orders (CHG-1)"
                """);
        DepartmentPlanVerdict verdict = check(shop, HandMadePlan.of("shop").topic("delete", "shop.returns"));
        assertTrue(verdict.passed(), () -> verdict.findings().toString());
        Finding finding = only(verdict, Effect.DESTROYS_DATA);
        assertFalse(finding.blocking());
        assertEquals(shop + ":26", finding.acknowledgement().source().cite());
        assertEquals("returns moved to shop.orders (CHG-1)", finding.acknowledgement().reason());
        assertEquals(List.of(), verdict.unmatchedAcknowledgements());
    }

    @Test
    void fewerPartitionsReplaceTheTopicTracedToItsEntryAndADeleteAcknowledgementDoesNotCoverIt() {
        Path shop = HandMadePlan.shop(dir, """
                acknowledgements:
                  - { topic: shop.returns, action: delete, reason: "an older removal (CHG-0)" }
                """);
        DepartmentPlanVerdict verdict = check(shop, HandMadePlan.of("shop")
                .topic(List.of("delete", "create"), "department", "shop.audit", 6, 3));
        Finding finding = only(verdict, Effect.DESTROYS_DATA);
        assertTrue(finding.blocking());
        assertEquals(shop + ":11", finding.source().cite(), "the topic's own entry");
        assertEquals("topic shop.audit is replaced (destroyed and created again): destroys data, every record in it "
                + "is lost (forced by partitions_count 6 -> 3)", finding.message());
        assertTrue(finding.acknowledgeWith().contains("action: replace"), finding.acknowledgeWith());
        assertEquals(1, verdict.unmatchedAcknowledgements().size());
        UnmatchedAcknowledgement unmatched = verdict.unmatchedAcknowledgements().get(0);
        assertEquals(shop + ":26", unmatched.source().cite());
        assertTrue(unmatched.message().startsWith("the acknowledgement of topic shop.returns (delete) matches nothing "
                + "in this plan"), unmatched.message());
    }

    @Test
    void aReplaceAcknowledgementLetsTheReplacementThrough() {
        Path shop = HandMadePlan.shop(dir, """
                acknowledgements:
                  - { topic: shop.audit, action: replace, reason: "3 partitions suffice, audit is re-sent (CHG-2)" }
                """);
        DepartmentPlanVerdict verdict = check(shop, HandMadePlan.of("shop")
                .topic(List.of("create", "delete"), "department", "shop.audit", 6, 3));
        assertTrue(verdict.passed(), () -> verdict.findings().toString());
    }

    @Test
    void aRenamedConnectorResetsItAndDestroysItsDeadLetterQueue() {
        Path shop = HandMadePlan.shop(dir, "");
        DepartmentPlanVerdict verdict = check(shop, HandMadePlan.of("shop")
                .connector("delete", "shop-orders-sink")
                .connector("create", "shop-orders-s3-sink")
                .topic(List.of("delete"), "dlq", "shop.dlq.shop-orders-sink", 1, null)
                .topic(List.of("create"), "dlq", "shop.dlq.shop-orders-s3-sink", null, 1));
        Finding reset = only(verdict, Effect.RESETS_CONNECTORS);
        assertTrue(reset.blocking());
        assertEquals(shop + ":15", reset.source().cite(), "the connectors list it was removed from");
        assertTrue(reset.message().startsWith("connector shop-orders-sink is deleted: resets the connector, its "
                + "offsets and consumer group are lost"), reset.message());
        assertEquals("{ connector: shop-orders-sink, action: delete, reason: \"" + Fixes.REASON_PLACEHOLDER + "\" }",
                reset.acknowledgeWith());
        Finding dlq = only(verdict, Effect.DESTROYS_DATA);
        assertEquals("DLQ topic shop.dlq.shop-orders-sink is deleted: destroys data, every record in it is lost (its "
                + "connector shop-orders-sink is no longer declared (removed or renamed))", dlq.message());
        assertEquals(shop + ":15", dlq.source().cite());
        List<Finding> adds = verdict.findings(Effect.ADDS);
        assertEquals(2, adds.size());
        assertEquals(shop + ":16", adds.get(0).source().cite(), "the new connector's entry");
        assertEquals(shop + ":24", adds.get(1).source().cite(), "its deadLetterQueue line");
    }

    @Test
    void aSelfManagedConnectorRenamedThroughTheConnectOnboardProviderResetsIt() {
        Path shop = HandMadePlan.shop(dir, "");
        HandMadePlan plan = HandMadePlan.of("shop");
        plan.change("module.department.module.connectors_self_managed[0]", "connectonboard_connector", "this",
                "shop-orders-sink", List.of("delete"), HandMadePlan.JSON.createObjectNode().put("name",
                        "shop-orders-sink"), null);
        plan.change("module.department.module.connectors_self_managed[0]", "connectonboard_connector", "this",
                "shop-orders-s3-sink", List.of("update"), HandMadePlan.JSON.createObjectNode().put("name",
                        "shop-orders-s3-sink").set("config", HandMadePlan.JSON.createObjectNode().put("tasks.max", "1")),
                HandMadePlan.JSON.createObjectNode().put("name", "shop-orders-s3-sink")
                        .set("config", HandMadePlan.JSON.createObjectNode().put("tasks.max", "3")));
        DepartmentPlanVerdict verdict = check(shop, plan);
        Finding reset = only(verdict, Effect.RESETS_CONNECTORS);
        assertTrue(reset.message().startsWith("connector shop-orders-sink is deleted: resets the connector"),
                reset.message());
        assertEquals(shop + ":15", reset.source().cite());
        Finding more = only(verdict, Effect.ADDS);
        assertTrue(more.message().contains("adds tasks (tasks.max 1 -> 3)"), more.message());
        assertEquals(shop + ":16", more.source().cite());
    }

    @Test
    void moreTasksAreAnAdditionAndAPlainUpdateIsAnUpdate() {
        Path shop = HandMadePlan.shop(dir, "");
        DepartmentPlanVerdict verdict = check(shop, HandMadePlan.of("shop")
                .connector(List.of("update"), "shop-orders-s3-sink", 1, 2)
                .topic(List.of("update"), "department", "shop.orders", 6, 12));
        assertTrue(verdict.passed());
        Finding adds = only(verdict, Effect.ADDS);
        assertEquals("connector shop-orders-s3-sink is updated in place: adds tasks (tasks.max 1 -> 2) (changes "
                + "config_nonsensitive.tasks.max)", adds.message());
        Finding update = only(verdict, Effect.UPDATES);
        assertEquals("topic shop.orders is updated in place (changes partitions_count)", update.message());
        assertEquals(shop + ":10", update.source().cite());
    }

    @Test
    void aRotatedKeyAndADeletedAclChangeAccessWithoutBlocking() {
        Path shop = HandMadePlan.shop(dir, "");
        HandMadePlan plan = HandMadePlan.of("shop");
        plan.change(HandMadePlan.ACCOUNTS, "confluent_api_key", "operators", null, List.of("create", "delete"),
                HandMadePlan.JSON.createObjectNode().put("display_name", "shop-operators-ebs-test"),
                HandMadePlan.JSON.createObjectNode().put("display_name", "shop-operators-ebs-test"));
        plan.change(HandMadePlan.ACCOUNTS, "confluent_kafka_acl", "connectors", "topic-read-shop.audit",
                List.of("delete"), HandMadePlan.JSON.createObjectNode().put("resource_name", "shop.audit")
                        .put("operation", "READ").put("resource_type", "TOPIC"), null);
        plan.change("module.department.module.aws_connector_role[\"archive-writer\"]", "aws_iam_role", "this", null,
                List.of("delete"), HandMadePlan.JSON.createObjectNode().put("name", "shop-archive-writer"), null);
        DepartmentPlanVerdict verdict = check(shop, plan);
        assertTrue(verdict.passed());
        List<Finding> access = verdict.findings(Effect.CHANGES_ACCESS);
        assertEquals(3, access.size(), access::toString);
        assertEquals(List.of(shop + ":3", shop + ":11", shop + ":13"),
                access.stream().map(f -> f.source().cite()).toList(), "department, the topic, the IAM role");
        assertTrue(access.get(0).message().contains("the key is rotated"), access.get(0).message());
        assertEquals("ACL READ on TOPIC shop.audit is deleted: changes access, whatever relies on it loses that "
                + "access (for topic shop.audit)", access.get(1).message());
        assertNull(access.get(1).fix());
    }

    @Test
    void aRemovedDepartmentBlocksAndSaysHowToOffboard() {
        Path other = dir.resolve("other");
        Path shop = HandMadePlan.shop(other, "");
        DepartmentPlanVerdict verdict = check(shop, HandMadePlan.of("warehouse")
                .topic("delete", "wh.stock").connector("delete", "wh-stock-sink"));
        assertTrue(verdict.removed());
        assertFalse(verdict.passed());
        assertEquals(3, verdict.blockingCount(), "the department, its topic, its connector");
        Finding department = verdict.findings(Effect.DESTROYS_DATA).stream()
                .filter(f -> f.address() == null).findFirst().orElseThrow();
        assertEquals("department warehouse is removed: no descriptor among the inputs declares it, and its plan "
                + "destroys 2 resources: destroys data", department.message());
        assertNull(department.source());
        assertTrue(department.fix().contains("{ department: warehouse, action: delete"), department.fix());
    }

    @Test
    void aRemovedDepartmentWithNothingLeftInItsStatePasses() {
        DepartmentPlanVerdict verdict = check(HandMadePlan.shop(dir, ""), HandMadePlan.of("warehouse"));
        assertTrue(verdict.removed());
        assertTrue(verdict.passed());
        assertEquals(List.of(), verdict.findings());
    }

    @Test
    void anAcknowledgedOffboardingPassesItsDeletesAndReleasesButNotAReplace() {
        Path shop = HandMadePlan.shop(dir, """
                acknowledgements:
                  - { department: shop, action: delete, reason: "shop closes, orders kept (CHG-3)" }
                """);
        HandMadePlan plan = HandMadePlan.of("shop")
                .topic("delete", "shop.audit")
                .topic(List.of("forget"), "department", "shop.orders", 6, null)
                .connector("delete", "shop-orders-s3-sink");
        DepartmentPlanVerdict offboarding = check(shop, plan);
        assertTrue(offboarding.offboarding());
        assertTrue(offboarding.passed(), () -> offboarding.findings().toString());
        assertEquals(3, offboarding.acknowledgedCount(), "the topic, the connector and the department");
        Finding kept = only(offboarding, Effect.RELEASES);
        assertEquals("topic shop.orders is released from Terraform state and left in place: nothing is destroyed",
                kept.message());
        assertEquals(List.of(), offboarding.unmatchedAcknowledgements());

        plan.topic(List.of("delete", "create"), "department", "shop.orders", 6, 3);
        DepartmentPlanVerdict withReplace = check(shop, plan);
        assertFalse(withReplace.passed());
        assertEquals(1, withReplace.blockingCount());
    }

    @Test
    void internalTopicsOfSelfManagedWorkersAreTracedToTheRuntime() {
        Path shop = HandMadePlan.shop(dir, "");
        DepartmentPlanVerdict verdict = check(shop, HandMadePlan.of("shop")
                .topic(List.of("delete"), "connect_internal", "shop.connect-offsets", 1, null));
        Finding finding = only(verdict, Effect.DESTROYS_DATA);
        assertTrue(finding.message().startsWith("Connect internal topic shop.connect-offsets is deleted"),
                finding.message());
        assertEquals(shop + ":8", finding.source().cite());
    }

    @Test
    void noOpsAndDataSourcesAreCountedAsUnchanged() {
        HandMadePlan plan = HandMadePlan.of("shop").noOps(3);
        plan.change("module.department", "confluent_kafka_cluster", "platform", null, List.of("read"), null,
                HandMadePlan.JSON.createObjectNode()).put("mode", "data");
        DepartmentPlanVerdict verdict = check(HandMadePlan.shop(dir, ""), plan);
        assertEquals(3, verdict.unchanged());
        assertEquals(List.of(), verdict.findings());
    }

    @Test
    void aPlanOfAnotherPlatformIsUndetermined() {
        Path platform = HandMadePlan.resource(dir, "platform.yaml");
        Path plan = HandMadePlan.of("shop", "ebs-prod").write(dir, "plan.json");
        OnboardException e = assertThrows(OnboardException.class, () -> new PlanCheck().run(new PlanCheck.Request(
                platform, List.of(plan), List.of(HandMadePlan.shop(dir, "")))));
        assertEquals(FailureKind.UNDETERMINED, e.kind());
        assertTrue(e.getMessage().contains("on platform 'ebs-prod', not on 'ebs-test'"), e.getMessage());
    }

    @Test
    void twoPlansOfOneDepartmentAreWrongUsage() {
        Path platform = HandMadePlan.resource(dir, "platform.yaml");
        Path first = HandMadePlan.of("shop").write(dir, "a.json");
        Path second = HandMadePlan.of("shop").write(dir, "b.json");
        OnboardException e = assertThrows(OnboardException.class, () -> new PlanCheck().run(new PlanCheck.Request(
                platform, List.of(first, second), List.of(HandMadePlan.shop(dir, "")))));
        assertEquals(FailureKind.USAGE, e.kind());
    }
}
