package dev.connectonboard.modules;

import dev.connectonboard.testsupport.PlanJson;
import dev.connectonboard.testsupport.TerraformCli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AwsEndpointServicePrincipalPlanTest {

    @TempDir
    static Path work;
    static PlanJson plan;

    @BeforeAll
    static void planHarness() throws Exception {
        plan = Harness.plan(TerraformCli.assumeAvailable(), work, "aws-endpoint-service-principal");
    }

    @Test
    void allowsTheGatewayPrincipalOnTheServiceIdTakenFromEachServiceName() {
        var payments = plan.requireResource(
                "module.principal.aws_vpc_endpoint_service_allowed_principal.confluent_gateway[\"payments-db\"]").path("values");
        assertEquals("vpce-svc-0123456789abcdef0", payments.path("vpc_endpoint_service_id").asText());
        assertEquals("arn:aws:iam::987654321098:role/confluent-egress-gw-4v8n1c", payments.path("principal_arn").asText());
        assertEquals("vpce-svc-0fedcba9876543210", plan.output("endpoint_service_ids").path("ledger-api").asText());
        assertEquals(2, plan.createCount());
    }
}
