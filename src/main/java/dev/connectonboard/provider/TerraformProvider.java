package dev.connectonboard.provider;

import dev.connectonboard.errors.FailureKind;
import dev.connectonboard.errors.OnboardException;
import dev.connectonboard.provider.plugin.PluginHandshake;
import dev.connectonboard.provider.plugin.PluginServer;
import dev.connectonboard.provider.plugin.StartupTrace;
import dev.connectonboard.provider.protocol.ProviderService;
import dev.connectonboard.provider.spi.ProviderDefinition;

import java.io.IOException;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Serves a provider to the Terraform process that started this one, from handshake to Shutdown. Everything that can
 * wait (reading descriptors, HTTP clients) waits until Terraform asks for it, so Terraform gets its handshake fast.
 */
public final class TerraformProvider {
    private TerraformProvider() {
    }

    /**
     * @param environment this process's environment, where Terraform put the handshake settings
     * @param announce    receives the handshake line, which must be the only thing ever written to stdout
     */
    public static void serve(ProviderDefinition<?> definition, Map<String, String> environment,
                             Consumer<String> announce) {
        StartupTrace.mark("main");
        PluginHandshake handshake = PluginHandshake.fromEnvironment(environment);
        PluginServer server;
        try {
            server = PluginServer.start(handshake, () -> new ProviderService<>(definition));
        } catch (IOException e) {
            throw new OnboardException(FailureKind.UNDETERMINED,
                    "could not listen on a loopback port for Terraform: " + e.getMessage(), e);
        }
        announce.accept(server.handshakeLine());
        StartupTrace.mark("handshake");
        try {
            server.awaitShutdownAndStop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
