package dev.connectonboard.cli;

import dev.connectonboard.errors.FailureKind;
import dev.connectonboard.errors.OnboardException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

@Command(name = "status", mixinStandardHelpOptions = true, description = "Shows a department's connectors: state, tasks, last error.")
public final class StatusCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Override
    public Integer call() {
        throw new OnboardException(FailureKind.USAGE, "'status' is not implemented yet");
    }
}
