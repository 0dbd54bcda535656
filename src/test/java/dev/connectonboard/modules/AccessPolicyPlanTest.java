package dev.connectonboard.modules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connectonboard.testsupport.PlanJson;
import dev.connectonboard.testsupport.TerraformCli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The connectors' ACLs and the operators' role bindings (SUMMARY §3.2), computed by modules/access-policy. */
class AccessPolicyPlanTest {

    private static final String CLUSTER_CRN =
            "crn://confluent.cloud/organization=0b3c5a8e-1111-2222-3333-444455556666/environment=env-7q2x9m/cloud-cluster=lkc-5k3p2d";

    @TempDir
    static Path work;
    static PlanJson plan;

    @BeforeAll
    static void planHarness() throws Exception {
        plan = Harness.plan(TerraformCli.assumeAvailable(), work, "access-policy");
    }

    @Test
    void managedSinksAndSourcesGetExactlyTheConfluentDocumentedAcls() {
        JsonNode acls = plan.output("managed_acls");
        assertEquals(Set.of(
                "CLUSTER kafka-cluster LITERAL DESCRIBE",
                "TOPIC fin.payments.v1 LITERAL READ",
                "TOPIC fin.refunds.v1 LITERAL READ",
                "GROUP connect-lcc PREFIXED READ",
                "TOPIC dlq-lcc PREFIXED CREATE", "TOPIC dlq-lcc PREFIXED WRITE",
                "TOPIC success-lcc PREFIXED CREATE", "TOPIC success-lcc PREFIXED WRITE",
                "TOPIC error-lcc PREFIXED CREATE", "TOPIC error-lcc PREFIXED WRITE",
                "TOPIC fin.payments.public.payments LITERAL WRITE",
                "TOPIC fin.crm. PREFIXED WRITE", "TOPIC fin.crm. PREFIXED CREATE",
                "TOPIC fin.dlq.fin-payments-s3-sink LITERAL WRITE"), describe(acls));
        assertEquals(14, acls.size(), "a topic listed twice yields one ACL");
    }

    @Test
    void sourcesWriteTheirDeclaredTopicsAndCreateOnlyUnderAPrefixTheDescriptorAllows() {
        Set<String> acls = describe(plan.output("managed_acls"));
        // no CREATE on the whole department prefix: a CDC source cannot make topics Terraform does not manage
        assertTrue(acls.stream().noneMatch(a -> a.startsWith("TOPIC fin. ")), acls.toString());
        assertEquals(List.of("TOPIC dlq-lcc PREFIXED CREATE", "TOPIC error-lcc PREFIXED CREATE",
                        "TOPIC fin.crm. PREFIXED CREATE", "TOPIC success-lcc PREFIXED CREATE"),
                acls.stream().filter(a -> a.endsWith(" CREATE")).toList());
    }

    @Test
    void selfManagedWorkersGetTheirGroupAndInternalTopicsButNoManagedConnectorPrefixes() {
        Set<String> acls = describe(plan.output("self_managed_acls"));
        assertTrue(acls.contains("GROUP res-connect LITERAL READ"), acls.toString());
        assertTrue(acls.contains("GROUP connect-res- PREFIXED READ"), acls.toString());
        for (String topic : List.of("res.connect-configs", "res.connect-offsets", "res.connect-status")) {
            for (String operation : List.of("READ", "WRITE", "DESCRIBE", "DESCRIBE_CONFIGS")) {
                assertTrue(acls.contains("TOPIC " + topic + " LITERAL " + operation), topic + " " + operation);
            }
        }
        assertTrue(acls.stream().noneMatch(a -> a.contains("lcc")), acls.toString());
        assertTrue(acls.stream().filter(a -> a.startsWith("TOPIC ")).allMatch(a -> a.startsWith("TOPIC res.")),
                "every topic ACL stays inside the prefix: " + acls);
        assertEquals(16, acls.size());
    }

    @Test
    void operatorsReadPrefixedTopicsAndGetTheConnectorRoleOnlyWhenConfigured() {
        JsonNode managed = plan.output("managed_bindings");
        assertEquals("DeveloperRead", managed.path("topics-developer-read").path("role_name").asText());
        assertEquals(CLUSTER_CRN + "/kafka=lkc-5k3p2d/topic=fin.*",
                managed.path("topics-developer-read").path("crn_pattern").asText());
        assertEquals(CLUSTER_CRN + "/kafka=lkc-5k3p2d/group=fin-ops-*",
                managed.path("groups-developer-read").path("crn_pattern").asText());
        assertEquals(CLUSTER_CRN + "/connector=fin-*",
                managed.path("connectors-ConnectManager").path("crn_pattern").asText());
        assertEquals("ConnectManager", managed.path("connectors-ConnectManager").path("role_name").asText());

        List<String> selfManaged = new ArrayList<>();
        plan.output("self_managed_bindings").fieldNames().forEachRemaining(selfManaged::add);
        assertEquals(List.of("groups-developer-read", "topics-developer-read"), selfManaged.stream().sorted().toList(),
                "operator_connector_role null: no connector binding");
    }

    /**
     * MetricsViewer binds at the organization, an environment or a cluster, nothing narrower: "none" (the default)
     * binds nothing, "cluster" the Kafka cluster's CRN, never the organization's.
     */
    @Test
    void metricsReaderIsBoundNowhereByDefaultAndOnlyOnTheClusterWhenAskedFor() {
        JsonNode none = plan.output("managed_metrics_viewer_crn");
        assertTrue(none.isNull() || none.isMissingNode(), "metrics_reader none: no binding, got " + none);
        assertEquals(CLUSTER_CRN, plan.output("self_managed_metrics_viewer_crn").asText());
    }

    private static Set<String> describe(JsonNode acls) {
        Set<String> described = new TreeSet<>();
        acls.forEach(a -> described.add(a.path("resource_type").asText() + " " + a.path("resource_name").asText() + " "
                + a.path("pattern_type").asText() + " " + a.path("operation").asText()));
        return described;
    }
}
