package dev.connectonboard.cli;

import picocli.CommandLine.Command;

@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Terraform plan commands.", subcommands = {PlanCheckCommand.class, PlanCompareCommand.class})
public final class PlanCommand {
}
