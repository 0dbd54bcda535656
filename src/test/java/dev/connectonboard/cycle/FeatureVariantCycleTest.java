package dev.connectonboard.cycle;

import dev.connectonboard.testsupport.StandInCycle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generated variants with every feature on, next to the shipped examples (so cross-department rules still hold),
 * through the whole cycle: a managed department with two Private Link endpoints (one with two DNS domains), two IAM
 * roles (write and read), a CDC source over Private Link, a DLQ, a paused connector and secrets; a self-managed one
 * with workers, an IAM role through the task role, a DLQ, a paused connector and secrets.
 */
class FeatureVariantCycleTest {
    @TempDir
    static Path work;
    private static StandInCycle cycle;

    @BeforeAll
    static void writeVariantsAndGenerate() throws Exception {
        cycle = StandInCycle.ofExamples(work);
        String finance = Files.readString(cycle.departmentsDir().resolve("finance.yaml"));
        String operations = finance.replace("finance", "operations").replace("fin", "ops")
                .replace("""
                        privateLinkEgress:
                          - name: payments-db
                            vpcEndpointServiceName: com.amazonaws.vpce.eu-west-1.vpce-svc-0123456789abcdef0
                            dnsDomains: [payments-db.ops.internal.example.org]
                        """, """
                        privateLinkEgress:
                          - name: payments-db
                            vpcEndpointServiceName: com.amazonaws.vpce.eu-west-1.vpce-svc-0123456789abcdef0
                            dnsDomains: [payments-db.ops.internal.example.org, payments-ro.ops.internal.example.org]
                          - name: ledger-db
                            vpcEndpointServiceName: com.amazonaws.vpce.eu-west-1.vpce-svc-0fedcba9876543210
                            dnsDomains: [ledger-db.ops.internal.example.org]
                            serviceOwner: external
                        """)
                .replace("""
                        iamRoles:
                          - name: archive-writer
                            s3: { buckets: [ops-archive], access: write }
                        """, """
                        iamRoles:
                          - name: archive-writer
                            s3: { buckets: [ops-archive], access: write }
                          - name: archive-reader
                            s3: { buckets: [ops-archive, ops-reference], access: read }
                        """);
        require(operations.contains("name: ledger-db") && operations.contains("name: archive-reader"),
                "the second endpoint and the second role");
        cycle.write("examples/departments/operations.yaml", operations);
        String research = Files.readString(cycle.departmentsDir().resolve("research.yaml"));
        cycle.write("examples/departments/laboratory.yaml", research.replace("research", "laboratory")
                .replace("rsch", "lab"));
        cycle.write("examples/quotas.yaml", Files.readString(work.resolve("examples/quotas.yaml"))
                .replace("departments:\n", "departments:\n  operations: { maxPrivateLinkEndpoints: 4 }\n"
                        + "  laboratory: { allowedConnectorClasses: [S3_SINK, MySqlCdcSourceV2] }\n"));
        cycle.generate();
    }

    @AfterAll
    static void stop() {
        cycle.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"operations", "laboratory"})
    void appliesAndConverges(String department) {
        StandInCycle.Plan first = cycle.root(department).converge();

        Map<String, List<String>> actions = first.actions();
        actions.forEach((address, list) -> assertEquals(List.of("create"), list, address));
        if (department.equals("operations")) {
            assertEquals(2, count(actions, a -> a.contains("confluent_access_point.egress[")));
            assertEquals(3, count(actions, a -> a.contains("confluent_dns_record.egress[")));
            // payments-db's service is the platform's: Terraform allows the gateway and accepts its connection;
            // ledger-db's owner does both by hand, so neither is planned for it.
            assertEquals(List.of("module.department.module.aws_endpoint_service_principal[0]"
                            + ".aws_vpc_endpoint_connection_accepter.confluent_gateway[\"payments-db\"]"),
                    addresses(actions, a -> a.contains("aws_vpc_endpoint_connection_accepter.")));
            assertEquals(1, count(actions, a -> a.contains("aws_vpc_endpoint_service_allowed_principal.")));
            // Both access points are read until READY, after the accepted connection, before any connector.
            List<String> readiness = dataSourceReads(first, "connectonboard_access_point");
            assertEquals(2, readiness.size(), readiness::toString);
            String state = cycle.root(department).state().toString();
            assertEquals(2, state.split("\"phase\":\"READY\"", -1).length - 1, "both read READY");
            assertEquals(2, count(actions, a -> a.contains("confluent_provider_integration.this[")));
            assertEquals(2, count(actions, a -> a.endsWith("aws_iam_role.this")));
        } else {
            assertTrue(actions.keySet().stream().anyMatch(a -> a.endsWith("aws_ecs_service.workers")), actions::toString);
        }
        System.err.println(department + ": " + actions.size() + " resources");
    }

    private static List<String> addresses(Map<String, List<String>> actions, Predicate<String> address) {
        return actions.keySet().stream().filter(address).toList();
    }

    /** Data sources of a type the plan defers to apply (their input is known only then), by address. */
    private static List<String> dataSourceReads(StandInCycle.Plan plan, String type) {
        List<String> found = new java.util.ArrayList<>();
        plan.json().path("resource_changes").forEach(change -> {
            if ("data".equals(change.path("mode").asText()) && type.equals(change.path("type").asText())) {
                found.add(change.path("address").asText());
            }
        });
        return found;
    }

    private static long count(Map<String, List<String>> actions, Predicate<String> address) {
        return actions.keySet().stream().filter(address).count();
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("variant not written: " + what);
        }
    }
}
