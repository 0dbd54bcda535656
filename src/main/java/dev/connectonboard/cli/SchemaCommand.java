package dev.connectonboard.cli;

import dev.connectonboard.errors.FailureKind;
import dev.connectonboard.errors.OnboardException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

@Command(name = "schema", mixinStandardHelpOptions = true, description = "Prints the JSON Schema of Platform, QuotaPolicy or DepartmentOnboarding.")
public final class SchemaCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Override
    public Integer call() {
        throw new OnboardException(FailureKind.USAGE, "'schema' is not implemented yet");
    }
}
