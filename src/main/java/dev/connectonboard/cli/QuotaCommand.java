package dev.connectonboard.cli;

import picocli.CommandLine.Command;

@Command(name = "quota", mixinStandardHelpOptions = true,
        description = "Connector quota commands.", subcommands = QuotaCheckCommand.class)
public final class QuotaCommand {
}
