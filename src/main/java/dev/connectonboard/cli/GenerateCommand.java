package dev.connectonboard.cli;

import dev.connectonboard.errors.FailureKind;
import dev.connectonboard.errors.OnboardException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

@Command(name = "generate", mixinStandardHelpOptions = true, description = "Writes one Terraform root module per department.")
public final class GenerateCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Override
    public Integer call() {
        throw new OnboardException(FailureKind.USAGE, "'generate' is not implemented yet");
    }
}
