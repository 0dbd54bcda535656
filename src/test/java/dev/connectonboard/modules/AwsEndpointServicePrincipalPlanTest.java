package dev.connectonboard.modules;

import dev.connectonboard.testsupport.PlanJson;
import dev.connectonboard.testsupport.TerraformCli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertEquals(4, plan.createCount());
    }

    /** The services are the platform's: Terraform accepts the connection of each access point's VPC endpoint. */
    @Test
    void acceptsTheConnectionOfConfluentsVpcEndpointOnEachService() {
        var payments = plan.requireResource(
                "module.principal.aws_vpc_endpoint_connection_accepter.confluent_gateway[\"payments-db\"]").path("values");
        assertEquals("vpce-svc-0123456789abcdef0", payments.path("vpc_endpoint_service_id").asText());
        assertEquals("vpce-0a1b2c3d4e5f60718", payments.path("vpc_endpoint_id").asText());
        var ledger = plan.requireResource(
                "module.principal.aws_vpc_endpoint_connection_accepter.confluent_gateway[\"ledger-api\"]").path("values");
        assertEquals("vpce-svc-0fedcba9876543210", ledger.path("vpc_endpoint_service_id").asText());
        assertEquals("vpce-0f1e2d3c4b5a69788", ledger.path("vpc_endpoint_id").asText());
    }

    @Test
    void refusesAVpcEndpointIdThatIsNotOne(@TempDir Path other) throws Exception {
        TerraformCli tf = TerraformCli.assumeAvailable();
        Path root = Harness.stage(other, "aws-endpoint-service-principal");
        Path main = root.resolve("main.tf");
        Files.writeString(main, Files.readString(main).replace("\"vpce-0a1b2c3d4e5f60718\"", "\"payments-db\""));
        tf.init(root).requireSuccess();

        TerraformCli.Result result = tf.plan(root, root.resolve("bad.tfplan"));

        assertFalse(result.ok(), result.output());
        assertTrue(result.output().replaceAll("[\\s│]+", " ").contains("Every VPC endpoint id must look like"),
                result.output());
    }
}
