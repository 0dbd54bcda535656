package dev.connectonboard.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.function.Consumer;

/** Runs the CLI in-process, the way a user would call it, and captures what it prints. */
public final class CliTestSupport {

    /** What one run of the CLI returned and printed. */
    public record CliResult(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out ---\n" + out + "--- err ---\n" + err;
        }
    }

    private CliTestSupport() {
    }

    /** Runs {@code connect-onboard} with these arguments; {@code Path}s and other objects are passed as text. */
    public static CliResult run(Object... args) {
        return run(commandLine -> { }, Arrays.stream(args).map(String::valueOf).toArray(String[]::new));
    }

    /**
     * Runs {@code connect-onboard} after {@code prepare} has had the command tree, e.g. to give a command a test
     * environment or client factory in place of the real ones.
     */
    public static CliResult run(Consumer<CommandLine> prepare, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        prepare.accept(commandLine);
        int exitCode = commandLine.execute(args);
        return new CliResult(exitCode, out.toString(), err.toString());
    }

    /**
     * Runs {@code connect-onboard COMMAND ...} with the command's {@code environment} (where it reads credentials and
     * endpoint overrides) replaced by this one, for tests outside this package.
     */
    public static CliResult runWithEnvironment(java.util.Map<String, String> environment, String... args) {
        return run(commandLine -> {
            Object command = commandLine.getSubcommands().get(args[0]).getCommand();
            try {
                java.lang.reflect.Field field = command.getClass().getDeclaredField("environment");
                field.setAccessible(true);
                field.set(command, environment);
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException(args[0] + " has no environment to replace", e);
            }
        }, args);
    }
}
