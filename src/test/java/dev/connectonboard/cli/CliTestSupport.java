package dev.connectonboard.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;

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
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] text = Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
        int exitCode = Main.run(text, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliResult(exitCode, out.toString(), err.toString());
    }
}
