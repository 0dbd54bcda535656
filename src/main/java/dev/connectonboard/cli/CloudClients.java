package dev.connectonboard.cli;

import dev.connectonboard.confluent.ClientSettings;
import dev.connectonboard.confluent.ConfluentCloudClient;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Opens the Confluent Cloud client the way every command does: credentials from the environment (with the command's
 * own advice when they are missing), and each retry announced on the command's stderr before its wait, so a slow
 * or failing endpoint is never a silent pause.
 */
final class CloudClients {
    private CloudClients() {
    }

    static ConfluentCloudClient open(Map<String, String> environment, String otherwise, CommandSpec spec) {
        return open(environment, otherwise, spec, UnaryOperator.identity());
    }

    /** @param adjust changes the settings before use (tests record the waits instead of sleeping) */
    static ConfluentCloudClient open(Map<String, String> environment, String otherwise, CommandSpec spec,
                                     UnaryOperator<ClientSettings> adjust) {
        PrintWriter err = spec.commandLine().getErr();
        ClientSettings settings = ClientSettings.fromEnvironment(environment, otherwise).withRetryNotices(notice -> {
            err.println(notice);
            err.flush();
        });
        return new ConfluentCloudClient(adjust.apply(settings));
    }
}
