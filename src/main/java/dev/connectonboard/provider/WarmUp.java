package dev.connectonboard.provider;

import dev.connectonboard.provider.cty.Msgpack;
import dev.connectonboard.provider.plugin.PluginClient;
import dev.connectonboard.provider.plugin.SelfSignedIdentity;
import dev.connectonboard.provider.proto.tfplugin6.Tfplugin6;
import dev.connectonboard.provider.schema.Block;
import dev.connectonboard.provider.spi.ProviderDefinition;
import com.google.protobuf.ByteString;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Plays Terraform against the provider in this process: handshake, mutual TLS with a P-521 client certificate, the
 * calls of a plan, Shutdown. Run once under {@code -XX:ArchiveClassesAtExit}, it records the classes a real provider
 * run loads, so later runs start from a class-data-sharing archive.
 */
public final class WarmUp {
    private WarmUp() {
    }

    /**
     * @param providerConfig   the provider block to configure with (attributes left out are null)
     * @param dataSourceConfigs a configuration per data source type to read; other data sources are read with every
     *                          attribute null
     * @return the names of the calls that answered, in order
     */
    public static List<String> run(ProviderDefinition<?> definition, Map<String, Object> providerConfig,
                                   Map<String, Map<String, Object>> dataSourceConfigs) {
        SelfSignedIdentity terraform = SelfSignedIdentity.generate(SelfSignedIdentity.Curve.P521);
        Map<String, String> environment = Map.of(
                "TF_PLUGIN_MAGIC_COOKIE", "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2",
                "PLUGIN_PROTOCOL_VERSIONS", "5,6",
                "PLUGIN_CLIENT_CERT", terraform.certificatePem());
        CompletableFuture<String> handshake = new CompletableFuture<>();
        Thread provider = new Thread(() -> {
            try {
                TerraformProvider.serve(definition, environment, handshake::complete);
            } catch (RuntimeException e) {
                handshake.completeExceptionally(e);
            }
        }, "warm-up-provider");
        provider.start();
        List<String> answered = new java.util.ArrayList<>();
        try (PluginClient client = PluginClient.connect(handshake.get(30, TimeUnit.SECONDS), terraform)) {
            var calls = client.provider();
            calls.getProviderSchema(Tfplugin6.GetProviderSchema.Request.getDefaultInstance());
            answered.add("GetProviderSchema");
            Tfplugin6.DynamicValue providerConfigValue = encode(definition.schema(), providerConfig);
            calls.validateProviderConfig(Tfplugin6.ValidateProviderConfig.Request.newBuilder()
                    .setConfig(providerConfigValue).build());
            answered.add("ValidateProviderConfig");
            calls.configureProvider(Tfplugin6.ConfigureProvider.Request.newBuilder()
                    .setTerraformVersion("warm-up").setConfig(providerConfigValue).build());
            answered.add("ConfigureProvider");
            for (var dataSource : definition.dataSources()) {
                Tfplugin6.DynamicValue config = encode(dataSource.schema(),
                        dataSourceConfigs.getOrDefault(dataSource.typeName(), Map.of()));
                calls.validateDataResourceConfig(Tfplugin6.ValidateDataResourceConfig.Request.newBuilder()
                        .setTypeName(dataSource.typeName()).setConfig(config).build());
                Tfplugin6.ReadDataSource.Response read = calls.readDataSource(Tfplugin6.ReadDataSource.Request
                        .newBuilder().setTypeName(dataSource.typeName()).setConfig(config).build());
                List<String> errors = read.getDiagnosticsList().stream()
                        .filter(diagnostic -> diagnostic.getSeverity() == Tfplugin6.Diagnostic.Severity.ERROR)
                        .map(Tfplugin6.Diagnostic::getSummary).toList();
                answered.add("ReadDataSource " + dataSource.typeName()
                        + (errors.isEmpty() ? ": ok" : ": " + String.join("; ", errors)));
            }
            client.shutdownProvider();
            answered.add("Shutdown");
            provider.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the provider did not complete its handshake: " + e, e);
        }
        return answered;
    }

    private static Tfplugin6.DynamicValue encode(Block schema, Map<String, Object> given) {
        Map<String, Object> values = new LinkedHashMap<>();
        schema.attributes().forEach(attribute -> values.put(attribute.name(), given.get(attribute.name())));
        return Tfplugin6.DynamicValue.newBuilder()
                .setMsgpack(ByteString.copyFrom(Msgpack.encode(schema.valueType(), values))).build();
    }
}
