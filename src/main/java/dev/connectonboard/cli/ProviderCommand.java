package dev.connectonboard.cli;

import dev.connectonboard.errors.FailureKind;
import dev.connectonboard.errors.OnboardException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

@Command(name = "provider", mixinStandardHelpOptions = true,
        description = "Serves the Terraform provider (started by Terraform, not by people).",
        subcommands = ProviderInstallCommand.class)
public final class ProviderCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Override
    public Integer call() {
        throw new OnboardException(FailureKind.USAGE, "'provider' is not implemented yet");
    }
}
