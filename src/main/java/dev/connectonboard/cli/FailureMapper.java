package dev.connectonboard.cli;

import dev.connectonboard.errors.OnboardException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import java.io.PrintWriter;

/** The one place where failures become messages and exit codes; no stack trace unless --verbose. */
final class FailureMapper implements IExecutionExceptionHandler {

    static int exitCodeOf(Throwable failure) {
        if (failure instanceof OnboardException onboard) {
            return switch (onboard.kind()) {
                case CHECK_FAILED -> ExitCode.CHECK_FAILED;
                case USAGE -> ExitCode.USAGE;
                case UNDETERMINED -> ExitCode.UNDETERMINED;
            };
        }
        if (failure instanceof ParameterException) {
            return ExitCode.USAGE;
        }
        return ExitCode.CHECK_FAILED;
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (failure instanceof OnboardException onboard) {
            onboard.details().forEach(err::println);
            err.println("error: " + failure.getMessage());
        } else {
            err.println("internal error: " + failure + " (run again with --verbose for details, and report it)");
        }
        if (GlobalOptions.verboseRequested(parseResult)) {
            failure.printStackTrace(err);
        }
        err.flush();
        return exitCodeOf(failure);
    }

    static int onParameterError(ParameterException failure, String[] args) {
        CommandLine commandLine = failure.getCommandLine();
        PrintWriter err = commandLine.getErr();
        // picocli's own messages sometimes start with "Error: "; one "error:" is enough
        err.println("error: " + failure.getMessage().replaceFirst("^Error: ", ""));
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(failure, err)) {
            err.println("Usage: " + commandLine.getCommandSpec().qualifiedName() + " --help");
        }
        err.flush();
        return ExitCode.USAGE;
    }
}
