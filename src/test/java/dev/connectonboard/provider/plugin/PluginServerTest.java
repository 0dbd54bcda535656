package dev.connectonboard.provider.plugin;

import dev.connectonboard.provider.TerraformProvider;
import dev.connectonboard.provider.connectonboard.ConnectOnboardProvider;
import dev.connectonboard.provider.proto.tfplugin6.Tfplugin6;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The provider served in-process, reached the way go-plugin reaches it: mutual TLS on loopback. */
class PluginServerTest {
    private final SelfSignedIdentity terraform = SelfSignedIdentity.generate(SelfSignedIdentity.Curve.P521);
    private final CompletableFuture<String> handshake = new CompletableFuture<>();
    private Thread provider;

    private String serve() throws Exception {
        Map<String, String> environment = Map.of(
                "TF_PLUGIN_MAGIC_COOKIE", PluginHandshake.COOKIE_VALUE,
                "PLUGIN_PROTOCOL_VERSIONS", "5,6",
                "PLUGIN_CLIENT_CERT", terraform.certificatePem());
        provider = new Thread(() -> TerraformProvider.serve(new ConnectOnboardProvider(), environment,
                handshake::complete));
        provider.start();
        return handshake.get(30, TimeUnit.SECONDS);
    }

    @AfterEach
    void stopProvider() throws InterruptedException {
        if (provider != null && provider.isAlive()) {
            try (PluginClient client = PluginClient.connect(handshake.getNow(""), terraform)) {
                client.shutdownProvider();
            } catch (RuntimeException ignored) {
                // already stopping
            }
            provider.join(5_000);
        }
    }

    @Test
    void servesTheSchemaOverMutualTlsToTheCertificateTerraformAnnounced() throws Exception {
        try (PluginClient client = PluginClient.connect(serve(), terraform)) {
            Tfplugin6.GetProviderSchema.Response schema = client.provider()
                    .getProviderSchema(Tfplugin6.GetProviderSchema.Request.getDefaultInstance());

            assertEquals(java.util.Set.of("connectonboard_quota", "connectonboard_connector_status",
                            "connectonboard_access_point"),
                    schema.getDataSourceSchemasMap().keySet());
            assertEquals("platform_file", schema.getProvider().getBlock().getAttributes(0).getName());
            assertTrue(schema.getServerCapabilities().getGetProviderSchemaOptional());
            HealthCheckResponse health = HealthGrpc.newBlockingStub(client.channel())
                    .check(HealthCheckRequest.newBuilder().setService("plugin").build());
            assertEquals(HealthCheckResponse.ServingStatus.SERVING, health.getStatus());
        }
    }

    @Test
    void turnsAwayAClientWithAnyOtherCertificate() throws Exception {
        String line = serve();
        SelfSignedIdentity stranger = SelfSignedIdentity.generate(SelfSignedIdentity.Curve.P521);

        try (PluginClient client = PluginClient.connect(line, stranger)) {
            StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> client.provider()
                    .getProviderSchema(Tfplugin6.GetProviderSchema.Request.getDefaultInstance()));
            assertEquals(io.grpc.Status.Code.UNAVAILABLE, refused.getStatus().getCode());
        }
    }

    @Test
    void returnsFromServeSoonAfterShutdownSoTheProcessCanExitWithinTerraformsTwoSeconds() throws Exception {
        try (PluginClient client = PluginClient.connect(serve(), terraform)) {
            long start = System.nanoTime();
            client.shutdownProvider();
            provider.join(2_000);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            assertFalse(provider.isAlive(), "serve() still running 2 s after Shutdown");
            assertTrue(millis < 2_000, "took " + millis + " ms");
        }
        assertTrue(Thread.getAllStackTraces().keySet().stream()
                        .noneMatch(thread -> thread.getName().startsWith("provider-io") && thread.isAlive()),
                "the provider's own event loop threads are stopped");
    }

    @Test
    void answersDiagnosticsNotFailuresForAProviderBlockWithMissingFiles() throws Exception {
        try (PluginClient client = PluginClient.connect(serve(), terraform)) {
            var config = dev.connectonboard.provider.cty.Msgpack.encode(
                    new ConnectOnboardProvider().schema().valueType(),
                    Map.of("platform_file", "/nowhere/platform.yaml"));

            Tfplugin6.ConfigureProvider.Response response = client.provider().configureProvider(
                    Tfplugin6.ConfigureProvider.Request.newBuilder().setConfig(Tfplugin6.DynamicValue.newBuilder()
                            .setMsgpack(com.google.protobuf.ByteString.copyFrom(config))).build());

            assertEquals(1, response.getDiagnosticsCount());
            Tfplugin6.Diagnostic diagnostic = response.getDiagnostics(0);
            assertEquals(Tfplugin6.Diagnostic.Severity.ERROR, diagnostic.getSeverity());
            assertEquals("File not found", diagnostic.getSummary());
            assertTrue(diagnostic.getDetail().startsWith("platform_file = \"/nowhere/platform.yaml\" is not a "
                    + "readable file"), diagnostic.getDetail());
            assertEquals("platform_file", diagnostic.getAttribute().getSteps(0).getAttributeName());
        }
    }
}
