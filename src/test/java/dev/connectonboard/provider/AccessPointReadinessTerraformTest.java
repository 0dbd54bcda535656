package dev.connectonboard.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.connectonboard.confluent.TestClients;
import dev.connectonboard.testsupport.ProviderHcl;
import dev.connectonboard.testsupport.TerraformCli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code connectonboard_access_point} through real Terraform and the real provider process, with WireMock playing
 * Confluent's Networking API: an access point left in {@code PENDING_ACCEPT} (what {@code confluent_access_point}
 * reports as created) fails the read with the manual step, so nothing that depends on it is created; one that turns
 * {@code READY} is waited for.
 */
class AccessPointReadinessTerraformTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PATH = "/networking/v1/access-points/";

    @TempDir
    static Path home;
    private static final WireMockServer confluent = TestClients.loopbackServer();
    private static TerraformCli terraform;
    private static Path inputs;

    @BeforeAll
    static void installProviderAndStartConfluent() throws IOException {
        TerraformCli installed = ProviderTerraform.installIn(home);
        confluent.start();
        inputs = ProviderInputs.copyTo(home.resolve("inputs"));
        terraform = installed.withEnv(TestClients.environment(confluent.port()));
        confluent.stubFor(get(urlPathEqualTo(PATH + "ap-pending")).withQueryParam("environment", equalTo("env-7q2x9m"))
                .willReturn(okJson("""
                        {"id": "ap-pending", "status": {"phase": "PENDING_ACCEPT",
                         "config": {"kind": "AwsEgressPrivateLinkEndpoint", "vpc_endpoint_id": "vpce-0aa11bb22cc33dd44"}}}
                        """)));
        confluent.stubFor(get(urlPathEqualTo(PATH + "ap-later")).inScenario("accepted later")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("accepted")
                .willReturn(okJson("{\"status\": {\"phase\": \"PENDING_ACCEPT\"}}")));
        confluent.stubFor(get(urlPathEqualTo(PATH + "ap-later")).inScenario("accepted later")
                .whenScenarioStateIs("accepted")
                .willReturn(okJson("{\"status\": {\"phase\": \"READY\", \"config\": {\"vpc_endpoint_id\": "
                        + "\"vpce-0ee55ff66aa77bb88\"}}}")));
    }

    @AfterAll
    static void stopConfluent() {
        confluent.stop();
    }

    @Test
    void anAccessPointPendingAcceptanceFailsTheApplyWithTheManualStepAndCreatesNothingThatDependsOnIt()
            throws Exception {
        Path root = workspace("pending", "ap-pending", "external", 0);

        TerraformCli.Result apply = terraform.run(root, TerraformCli.DEFAULT_TIMEOUT, "apply", "-auto-approve",
                "-no-color", "-input=false");

        assertEquals(1, apply.exitCode(), apply::toString);
        String errors = apply.stderr().replaceAll("[\\s│]+", " ");
        assertTrue(errors.contains("Error: Access point ap-pending is PENDING_ACCEPT, not READY"), apply::toString);
        assertTrue(errors.contains("its owner must accept the connection request from vpce-0aa11bb22cc33dd44"),
                apply::toString);
        assertTrue(errors.contains("aws ec2 accept-vpc-endpoint-connections"), apply::toString);
        assertTrue(errors.contains("access_point_id = \"ap-pending\""), "the error quotes the line: " + apply);
        assertTrue(!Files.exists(root.resolve("terraform.tfstate"))
                        || !Files.readString(root.resolve("terraform.tfstate")).contains("terraform_data"),
                "the connector stand-in that depends on the access point was not created");
    }

    @Test
    void anAccessPointThatBecomesReadyIsWaitedForAndReportsItsEndpoint() throws Exception {
        Path root = workspace("later", "ap-later", "platform", 60);

        TerraformCli.Result apply = terraform.run(root, TerraformCli.DEFAULT_TIMEOUT, "apply", "-auto-approve",
                "-no-color", "-input=false");

        assertEquals(0, apply.exitCode(), apply::toString);
        TerraformCli.Result output = terraform.run(root, TerraformCli.DEFAULT_TIMEOUT, "output", "-json");
        JsonNode outputs = JSON.readTree(output.stdout());
        assertEquals("READY", outputs.path("phase").path("value").asText());
        assertEquals("vpce-0ee55ff66aa77bb88", outputs.path("vpc_endpoint_id").path("value").asText());
        assertEquals(2, confluent.findAll(getRequestedFor(urlPathEqualTo(PATH + "ap-later"))).size(),
                "read once pending, once ready");
        assertTrue(Files.readString(root.resolve("terraform.tfstate")).contains("terraform_data"));
    }

    /** A root whose terraform_data (standing in for a connector) depends on the access point's readiness. */
    private static Path workspace(String name, String accessPoint, String owner, int timeout) throws IOException {
        Path root = Files.createDirectories(home.resolve(name));
        Files.writeString(root.resolve("main.tf"), ProviderHcl.header(Map.of("platform_file",
                ProviderHcl.quoted(inputs.resolve("platform.yaml")))) + """
                data "connectonboard_access_point" "ready" {
                  access_point_id = "%s"
                  environment_id  = "env-7q2x9m"
                  service_owner   = "%s"
                  timeout_seconds = %d
                }
                resource "terraform_data" "connector" {
                  input = data.connectonboard_access_point.ready.phase
                }
                output "phase" {
                  value = data.connectonboard_access_point.ready.phase
                }
                output "vpc_endpoint_id" {
                  value = data.connectonboard_access_point.ready.vpc_endpoint_id
                }
                """.formatted(accessPoint, owner, timeout));
        return root;
    }
}
