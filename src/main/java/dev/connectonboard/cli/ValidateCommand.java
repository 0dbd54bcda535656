package dev.connectonboard.cli;

import dev.connectonboard.errors.FailureKind;
import dev.connectonboard.errors.OnboardException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

@Command(name = "validate", mixinStandardHelpOptions = true, description = "Checks platform, quota and department files; prints every problem found.")
public final class ValidateCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Override
    public Integer call() {
        throw new OnboardException(FailureKind.USAGE, "'validate' is not implemented yet");
    }
}
