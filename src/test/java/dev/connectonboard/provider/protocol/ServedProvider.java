package dev.connectonboard.provider.protocol;

import com.google.protobuf.ByteString;
import dev.connectonboard.provider.TerraformProvider;
import dev.connectonboard.provider.cty.CtyType;
import dev.connectonboard.provider.cty.Msgpack;
import dev.connectonboard.provider.plugin.PluginClient;
import dev.connectonboard.provider.plugin.PluginHandshake;
import dev.connectonboard.provider.plugin.SelfSignedIdentity;
import dev.connectonboard.provider.proto.tfplugin6.ProviderGrpc;
import dev.connectonboard.provider.proto.tfplugin6.Tfplugin6;
import dev.connectonboard.provider.spi.ProviderDefinition;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A provider served in-process on the real gRPC server, reached over mutual TLS as Terraform reaches it. */
final class ServedProvider implements AutoCloseable {
    private final SelfSignedIdentity terraform = SelfSignedIdentity.generate(SelfSignedIdentity.Curve.P521);
    private final Thread thread;
    private final PluginClient client;

    ServedProvider(ProviderDefinition<?> definition) throws Exception {
        CompletableFuture<String> handshake = new CompletableFuture<>();
        Map<String, String> environment = Map.of(
                "TF_PLUGIN_MAGIC_COOKIE", PluginHandshake.COOKIE_VALUE,
                "PLUGIN_PROTOCOL_VERSIONS", "6",
                "PLUGIN_CLIENT_CERT", terraform.certificatePem());
        thread = new Thread(() -> TerraformProvider.serve(definition, environment, handshake::complete));
        thread.start();
        client = PluginClient.connect(handshake.get(30, TimeUnit.SECONDS), terraform);
    }

    ProviderGrpc.ProviderBlockingStub rpc() {
        return client.provider();
    }

    static Tfplugin6.DynamicValue value(CtyType type, Object value) {
        return Tfplugin6.DynamicValue.newBuilder().setMsgpack(ByteString.copyFrom(Msgpack.encode(type, value))).build();
    }

    static Object decode(CtyType type, Tfplugin6.DynamicValue value) {
        return Msgpack.decode(type, value.getMsgpack().toByteArray());
    }

    @Override
    public void close() throws InterruptedException {
        try {
            client.shutdownProvider();
        } catch (RuntimeException ignored) {
            // already stopping
        }
        client.close();
        thread.join(5_000);
    }
}
