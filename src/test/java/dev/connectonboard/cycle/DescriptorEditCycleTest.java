package dev.connectonboard.cycle;

import dev.connectonboard.testsupport.StandInCycle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Edits to an applied department's descriptor, regenerated and planned with real Terraform against the stand-ins:
 * each plans exactly the actions asserted per resource address (and nothing else). Every test starts from finance
 * applied as shipped and puts the descriptor back afterwards, without applying; the last one applies all edits at
 * once and converges.
 */
class DescriptorEditCycleTest {
    private static final String CONNECTORS = "module.department.module.connectors[0].confluent_connector.this";
    private static final String TOPICS = "module.department.module.topics.confluent_kafka_topic";
    private static final String ACLS = "module.department.module.service_accounts.confluent_kafka_acl.connectors";
    private static final String EGRESS = "module.department.module.private_link_egress[0]";
    /**
     * terraform_data anchors that order connectors after their topics, ACLs and role bindings (and access points after
     * the AWS side): their input is the list of those ids, so any change to them updates the anchor (no remote call).
     */
    private static final String CONNECTOR_PREREQUISITES = "module.department.module.connectors[0]"
            + ".terraform_data.prerequisites";
    private static final List<String> CREATE = List.of("create");
    private static final List<String> UPDATE = List.of("update");
    private static final List<String> DELETE = List.of("delete");
    private static final List<String> REPLACE = List.of("delete", "create");

    @TempDir
    static Path work;
    private static StandInCycle cycle;
    private static String shipped;

    @BeforeAll
    static void applyFinanceAsShipped() throws Exception {
        cycle = StandInCycle.ofExamples(work);
        cycle.generate();
        cycle.root("finance").converge();
        shipped = Files.readString(descriptor());
    }

    @AfterEach
    void putTheDescriptorBack() throws Exception {
        Files.writeString(descriptor(), shipped);
        cycle.generate();
    }

    @AfterAll
    static void stop() {
        cycle.close();
    }

    @Test
    void addingAConnectorCreatesItItsDlqTopicAndItsAcls() {
        cycle.editDescriptor("finance", "connectors:\n", """
                connectors:
                  - name: fin-payments-s3-sink
                    class: S3_SINK
                    tasks: 1
                    topics: [fin.payments.public.payments]
                    iamRole: archive-writer
                    config:
                      s3.bucket.name: fin-archive
                      input.data.format: AVRO
                      output.data.format: JSON
                      time.interval: HOURLY
                    errors:
                      tolerance: all
                      deadLetterQueue: true
                """);

        assertEquals(Map.of(
                CONNECTORS + "[\"fin-payments-s3-sink\"]", CREATE,
                TOPICS + ".dlq[\"fin.dlq.fin-payments-s3-sink\"]", CREATE,
                ACLS + "[\"topic-read-fin.payments.public.payments\"]", CREATE,
                ACLS + "[\"topic-write-fin.dlq.fin-payments-s3-sink\"]", CREATE,
                CONNECTOR_PREREQUISITES, UPDATE), replanned());
    }

    @Test
    void pausingAConnectorUpdatesItInPlace() {
        cycle.editDescriptor("finance", "    tasks: 2\n", "    tasks: 2\n    state: paused\n");

        assertEquals(Map.of(CONNECTORS + "[\"fin-ledger-s3-sink\"]", UPDATE), replanned());
    }

    @Test
    void changingAConfigValueUpdatesOnlyThatConnector() {
        cycle.editDescriptor("finance", "flush.size: 1000", "flush.size: 5000");

        assertEquals(Map.of(CONNECTORS + "[\"fin-ledger-s3-sink\"]", UPDATE), replanned());
    }

    @Test
    void removingATopicAndItsOnlyConnectorDeletesThemAndTheirAcl() {
        String withoutTopic = shipped.replace("""
                  - name: fin.reporting.daily
                    partitions: 3
                    config:
                      cleanup.policy: compact
                """, "");
        int connector = withoutTopic.indexOf("  - name: fin-reporting-snowflake-sink");
        write(withoutTopic.substring(0, connector));

        assertEquals(Map.of(
                TOPICS + ".department[\"fin.reporting.daily\"]", DELETE,
                CONNECTORS + "[\"fin-reporting-snowflake-sink\"]", DELETE,
                ACLS + "[\"topic-read-fin.reporting.daily\"]", DELETE,
                CONNECTOR_PREREQUISITES, UPDATE), replanned());
    }

    @Test
    void renamingAConnectorReplacesItWithItsDlqTopicAndDlqAcl() {
        cycle.editDescriptor("finance", "name: fin-ledger-s3-sink", "name: fin-ledger-archive-sink");

        assertEquals(Map.of(
                CONNECTORS + "[\"fin-ledger-s3-sink\"]", DELETE,
                CONNECTORS + "[\"fin-ledger-archive-sink\"]", CREATE,
                TOPICS + ".dlq[\"fin.dlq.fin-ledger-s3-sink\"]", DELETE,
                TOPICS + ".dlq[\"fin.dlq.fin-ledger-archive-sink\"]", CREATE,
                ACLS + "[\"topic-write-fin.dlq.fin-ledger-s3-sink\"]", DELETE,
                ACLS + "[\"topic-write-fin.dlq.fin-ledger-archive-sink\"]", CREATE,
                CONNECTOR_PREREQUISITES, UPDATE), replanned());
    }

    @Test
    void loweringPartitionsReplacesTheTopicAsTheConfluentProviderDoes() {
        cycle.editDescriptor("finance", "partitions: 12", "partitions: 6");

        // customdiff.ForceNewIfChange in resource_kafka_topic.go: partitions only grow in place. The replacement
        // drops the topic's data; the new topic's id is unknown until apply, so the connectors' anchor updates too.
        assertEquals(Map.of(TOPICS + ".department[\"fin.ledger.entries\"]", REPLACE,
                CONNECTOR_PREREQUISITES, UPDATE), replanned());
    }

    @Test
    void raisingPartitionsUpdatesTheTopicInPlace() {
        cycle.editDescriptor("finance", "partitions: 12", "partitions: 24");

        assertEquals(Map.of(TOPICS + ".department[\"fin.ledger.entries\"]", UPDATE), replanned());
    }

    @Test
    void addingAPrivateLinkEndpointCreatesTheAccessPointItsDnsRecordTheAllowedPrincipalAndTheAcceptance() {
        cycle.editDescriptor("finance", "iamRoles:\n", """
                  - name: ledger-db
                    vpcEndpointServiceName: com.amazonaws.vpce.eu-west-1.vpce-svc-0fedcba9876543210
                    dnsDomains: [ledger-db.fin.internal.example.org]
                iamRoles:
                """);

        assertEquals(Map.of(
                EGRESS + ".confluent_access_point.egress[\"ledger-db\"]", CREATE,
                EGRESS + ".confluent_dns_record.egress[\"ledger-db/ledger-db.fin.internal.example.org\"]", CREATE,
                "module.department.module.aws_endpoint_service_principal[0]"
                        + ".aws_vpc_endpoint_service_allowed_principal.confluent_gateway[\"ledger-db\"]", CREATE,
                // the platform's endpoint service: Terraform accepts the new access point's connection, and the
                // readiness checks (read again) wait for it
                "module.department.module.aws_endpoint_service_principal[0]"
                        + ".aws_vpc_endpoint_connection_accepter.confluent_gateway[\"ledger-db\"]", CREATE,
                EGRESS + ".terraform_data.accepted", UPDATE,
                EGRESS + ".terraform_data.aws_side_ready", UPDATE,
                CONNECTOR_PREREQUISITES, UPDATE), replanned());
    }

    @Test
    void theEditsTogetherApplyAndConverge() {
        cycle.editDescriptor("finance", "flush.size: 1000", "flush.size: 5000");
        cycle.editDescriptor("finance", "    tasks: 2\n", "    tasks: 2\n    state: paused\n");
        cycle.editDescriptor("finance", "name: fin-ledger-s3-sink", "name: fin-ledger-archive-sink");
        cycle.editDescriptor("finance", "partitions: 12", "partitions: 6");
        cycle.editDescriptor("finance", "iamRoles:\n", """
                  - name: ledger-db
                    vpcEndpointServiceName: com.amazonaws.vpce.eu-west-1.vpce-svc-0fedcba9876543210
                    dnsDomains: [ledger-db.fin.internal.example.org]
                iamRoles:
                """);
        cycle.generate();
        StandInCycle.Root finance = cycle.root("finance");

        finance.plan();
        finance.apply();
        finance.assertNoChanges();

        assertEquals(1, cycle.confluentCloud().objects("confluent_connector").values().stream()
                .filter(c -> c.path("config_nonsensitive").path("name").asText().equals("fin-ledger-archive-sink"))
                .filter(c -> c.path("status").asText().equals("PAUSED"))
                .filter(c -> c.path("config_nonsensitive").path("flush.size").asText().equals("5000")).count(),
                "the renamed connector exists once in the cloud, paused, with the new flush.size");
        assertEquals(0, cycle.confluentCloud().objects("confluent_connector").values().stream()
                .filter(c -> c.path("config_nonsensitive").path("name").asText().equals("fin-ledger-s3-sink"))
                .count(), "the old connector is gone from the cloud");
        // put the cloud back for the other tests: apply the shipped descriptor again
        putTheDescriptorBackAndApply();
    }

    private static void putTheDescriptorBackAndApply() {
        write(shipped);
        cycle.generate();
        StandInCycle.Root finance = cycle.root("finance");
        finance.plan();
        finance.apply();
        finance.assertNoChanges();
    }

    /** Regenerates and plans finance; the changes by address (no-ops left out). */
    private static Map<String, List<String>> replanned() {
        cycle.generate();
        return new TreeMap<>(cycle.root("finance").plan().changes());
    }

    private static Path descriptor() {
        return cycle.departmentsDir().resolve("finance.yaml");
    }

    private static void write(String yaml) {
        try {
            Files.writeString(descriptor(), yaml);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
