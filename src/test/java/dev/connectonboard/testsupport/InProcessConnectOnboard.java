package dev.connectonboard.testsupport;

import com.google.protobuf.ByteString;
import dev.connectonboard.provider.connectonboard.ConnectOnboardProvider;
import dev.connectonboard.provider.cty.CtyType;
import dev.connectonboard.provider.cty.Msgpack;
import dev.connectonboard.provider.plugin.PluginServer;
import dev.connectonboard.provider.proto.tfplugin6.Tfplugin6;
import dev.connectonboard.provider.protocol.ProviderService;
import io.grpc.stub.StreamObserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * connect-onboard's own provider served inside the test JVM for one root module, for Terraform to reattach to.
 * Terraform would start it with the root as working directory, and the generated provider block names its files
 * relative to it; so the file attributes are resolved against the root before the provider sees them, and a known
 * {@code connect_rest_url} (self-managed departments) is pointed at the cycle's {@link StandInConnectWorker}. Everything
 * else is the real provider behind the real protocol; how Terraform launches it is tested elsewhere
 * (QuotaGateTerraformTest, the installer tests).
 */
final class InProcessConnectOnboard implements AutoCloseable {
    static final String SOURCE = "terraform.local/connect-onboard/connectonboard";
    private final PluginServer server;

    private InProcessConnectOnboard(PluginServer server) {
        this.server = server;
    }

    /**
     * @param workerUrl where the department's Kafka Connect REST API answers in this cycle (a
     *                  {@link StandInConnectWorker}); a known {@code connect_rest_url} is pointed there
     */
    static InProcessConnectOnboard serve(Path root, Map<String, String> environment, String workerUrl) {
        ConnectOnboardProvider provider = new ConnectOnboardProvider(environment);
        CtyType.ObjectOf type = provider.schema().valueType();
        ForwardingProviderService service = new ForwardingProviderService(new ProviderService<>(provider)) {
            @Override
            public void validateProviderConfig(Tfplugin6.ValidateProviderConfig.Request request,
                                               StreamObserver<Tfplugin6.ValidateProviderConfig.Response> response) {
                super.validateProviderConfig(request.toBuilder()
                        .setConfig(resolved(type, request.getConfig(), root, workerUrl)).build(), response);
            }

            @Override
            public void configureProvider(Tfplugin6.ConfigureProvider.Request request,
                                          StreamObserver<Tfplugin6.ConfigureProvider.Response> response) {
                super.configureProvider(request.toBuilder()
                        .setConfig(resolved(type, request.getConfig(), root, workerUrl)).build(), response);
            }
        };
        try {
            return new InProcessConnectOnboard(PluginServer.startUnmanaged(service));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String reattachEntry() {
        return server.reattachEntry(SOURCE);
    }

    @SuppressWarnings("unchecked")
    private static Tfplugin6.DynamicValue resolved(CtyType.ObjectOf type, Tfplugin6.DynamicValue value, Path root,
                                                   String workerUrl) {
        if (value.getMsgpack().isEmpty()) {
            return value;
        }
        Map<String, Object> config = (Map<String, Object>) Msgpack.decode(type, value.getMsgpack().toByteArray());
        for (String file : List.of("platform_file", "quotas_file")) {
            if (config.get(file) instanceof String path) {
                config.put(file, root.resolve(path).normalize().toString());
            }
        }
        if (config.containsKey("connect_rest_url") && config.get("connect_rest_url") instanceof String) {
            // the load balancer's name the AWS stand-in made up resolves nowhere: the workers answer here
            config.put("connect_rest_url", workerUrl);
        }
        if (config.get("descriptors") instanceof List<?> descriptors) {
            List<Object> absolute = new ArrayList<>();
            descriptors.forEach(d -> absolute.add(d instanceof String path ? root.resolve(path).normalize().toString() : d));
            config.put("descriptors", absolute);
        }
        return Tfplugin6.DynamicValue.newBuilder().setMsgpack(ByteString.copyFrom(Msgpack.encode(type, config)))
                .build();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
