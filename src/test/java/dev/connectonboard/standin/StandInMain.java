package dev.connectonboard.standin;

import dev.connectonboard.provider.plugin.PluginHandshake;
import dev.connectonboard.provider.plugin.PluginServer;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The process Terraform starts for a stand-in provider (through the launcher {@link StandIns} writes):
 * {@code StandInMain confluent|aws <schema cache dir>}. Prints only the plugin handshake on stdout.
 */
public final class StandInMain {
    private StandInMain() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream terraform = System.out;
        System.setOut(System.err);
        Flavour flavour = switch (args[0]) {
            case "confluent" -> new ConfluentFlavour(ConfluentSchemaJson.fromClasspath());
            case "aws" -> new AwsFlavour();
            default -> throw new IllegalArgumentException("unknown stand-in " + args[0]);
        };
        SchemaCache cache = SchemaCache.open(Path.of(args[1]));
        StandInProvider provider = new StandInProvider(flavour, cache, System.getenv());
        PluginServer server = PluginServer.start(PluginHandshake.fromEnvironment(System.getenv()),
                new StandInService(provider, cache));
        terraform.println(server.handshakeLine());
        terraform.flush();
        server.awaitShutdownAndStop();
        System.exit(0);
    }
}
