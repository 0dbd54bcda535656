package dev.connectonboard.cli;

import dev.connectonboard.errors.FailureKind;
import dev.connectonboard.errors.OnboardException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

@Command(name = "install", mixinStandardHelpOptions = true, description = "Installs a launcher where Terraform finds the provider.")
public final class ProviderInstallCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Override
    public Integer call() {
        throw new OnboardException(FailureKind.USAGE, "'install' is not implemented yet");
    }
}
