package dev.connectonboard.provider.install;

import dev.connectonboard.provider.plugin.PluginClient;
import dev.connectonboard.provider.plugin.SelfSignedIdentity;
import dev.connectonboard.provider.plugin.StartupTrace;
import dev.connectonboard.provider.proto.tfplugin6.Tfplugin6;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The installed launcher as Terraform runs it: a separate process, stdout read as the plugin protocol. */
class LauncherProcessTest {
    private SelfSignedIdentity terraform;

    @Test
    void printsOnlyTheHandshakeOnStdoutAndExitsWithinTwoSecondsOfShutdown(@TempDir Path home) throws Exception {
        Path trace = home.resolve("trace.txt");
        Process provider = start(home, trace);
        BufferedReader stdout = new BufferedReader(new InputStreamReader(provider.getInputStream(),
                StandardCharsets.UTF_8));

        String handshake = stdout.readLine();
        assertTrue(handshake.matches("1\\|6\\|tcp\\|127\\.0\\.0\\.1:\\d+\\|grpc\\|[A-Za-z0-9+/]+"), handshake);
        long shutdownAt;
        try (PluginClient client = PluginClient.connect(handshake, terraform)) {
            Tfplugin6.GetMetadata.Response metadata = client.provider()
                    .getMetadata(Tfplugin6.GetMetadata.Request.getDefaultInstance());
            assertEquals(3, metadata.getDataSourcesCount());
            shutdownAt = System.nanoTime();
            client.shutdownProvider();
        }

        assertTrue(provider.waitFor(2, TimeUnit.SECONDS), "Terraform kills a provider still running 2 s after Shutdown");
        long exitMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - shutdownAt);
        assertEquals(0, provider.exitValue());
        assertEquals(null, stdout.readLine(), "nothing may follow the handshake on stdout");
        assertTrue(exitMillis < 2_000, "exited " + exitMillis + " ms after Shutdown");
        // the benchmark's phase breakdown: each mark once, in the order start-up runs them
        List<String> phases = Files.readAllLines(trace).stream().map(line -> line.split(" ")[1])
                .filter(phase -> !phase.equals("threads")).toList();
        assertEquals(List.of("launched", "main", "tls-identity", "tls-context", "grpc-listening", "handshake",
                "transport-ready", "call-GetMetadata", "answered-GetMetadata", "call-Shutdown", "answered-Shutdown",
                "shutdown-requested", "stopped"), phases.stream().filter(phase -> !phase.equals("grpc-services"))
                .toList());
        assertTrue(phases.indexOf("grpc-services") < phases.indexOf("grpc-listening"), phases.toString());
    }

    private Process start(Path home, Path trace) throws Exception {
        Installation installation = new ProviderInstaller(ProviderInstaller.currentJava(), "0.1.0")
                .install(home, ProviderInstaller.CodeLocation.ofRunning(LauncherProcessTest.class));
        terraform = SelfSignedIdentity.generate(SelfSignedIdentity.Curve.P521);
        ProcessBuilder builder = new ProcessBuilder(installation.launcher().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("TF_PLUGIN_MAGIC_COOKIE",
                "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2");
        builder.environment().put("PLUGIN_PROTOCOL_VERSIONS", "5,6");
        builder.environment().put("PLUGIN_CLIENT_CERT", terraform.certificatePem());
        builder.environment().put(StartupTrace.ENVIRONMENT, trace.toString());
        return builder.start();
    }
}
