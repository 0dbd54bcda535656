package dev.connectonboard.cli;

import dev.connectonboard.cli.CliTestSupport.CliResult;
import dev.connectonboard.errors.FailureKind;
import dev.connectonboard.errors.OnboardException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;

import static dev.connectonboard.cli.CliTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the CLI turns failures into messages and exit codes, and what its help shows. */
class MainTest {

    /** A command that fails the way a bug would, or with a user-facing failure of the given kind. */
    @Command(name = "explode")
    static final class ExplodingCommand implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Parameters(defaultValue = "bug")
        String how;

        @Override
        public Integer call() {
            if (how.equals("bug")) {
                throw new IllegalStateException("boom");
            }
            throw new OnboardException(FailureKind.valueOf(how), "the user-facing reason");
        }
    }

    private static CliResult runWithExplodingCommand(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true);
        CommandLine commandLine = Main.newCommandLine(outWriter, errWriter);
        commandLine.addSubcommand(new ExplodingCommand());
        // streams reach only the subcommands present when they are set
        commandLine.setOut(outWriter);
        commandLine.setErr(errWriter);
        int exitCode = commandLine.execute(args);
        return new CliResult(exitCode, out.toString(), err.toString());
    }

    @Test
    void internalFailureShowsOneLineWithoutStackTrace() {
        CliResult result = runWithExplodingCommand("explode");
        assertEquals(ExitCode.CHECK_FAILED, result.exitCode());
        assertEquals("internal error: java.lang.IllegalStateException: boom (run again with --verbose for details, "
                + "and report it)\n", result.err());
        assertFalse(result.err().contains("\tat "), result::toString);
    }

    @Test
    void internalFailureShowsTheStackTraceWithVerbose() {
        CliResult result = runWithExplodingCommand("explode", "--verbose");
        assertTrue(result.err().startsWith("internal error: java.lang.IllegalStateException: boom"), result::toString);
        assertTrue(result.err().contains("\tat " + ExplodingCommand.class.getName() + ".call("), result::toString);
    }

    @Test
    void mapsEachFailureKindToItsExitCode() {
        assertEquals(ExitCode.CHECK_FAILED, runWithExplodingCommand("explode", "CHECK_FAILED").exitCode());
        assertEquals(ExitCode.USAGE, runWithExplodingCommand("explode", "USAGE").exitCode());
        CliResult undetermined = runWithExplodingCommand("explode", "UNDETERMINED");
        assertEquals(ExitCode.UNDETERMINED, undetermined.exitCode());
        assertEquals("error: the user-facing reason\n", undetermined.err());
    }

    @Test
    void noCommandIsAUsageErrorAnsweredWithTheCommandList() {
        CliResult result = run();
        assertEquals(ExitCode.USAGE, result.exitCode());
        assertTrue(result.err().startsWith("error: no command given; the commands are:\n\nUsage: connect-onboard "),
                result::toString);
        for (String command : new String[] {"validate", "generate", "quota", "status", "init", "schema", "provider",
                "version", "generate-completion"}) {
            assertTrue(result.err().contains("\n  " + command + " "), () -> command + " listed:\n" + result);
        }
        assertEquals("", result.out());
    }

    @Test
    void unknownSubcommandSuggestsTheOneMeant() {
        CliResult result = run("valdate", "examples/");
        assertEquals(ExitCode.USAGE, result.exitCode());
        assertTrue(result.err().contains("validate"), result::toString);
    }

    @Test
    void validateHelpShowsUsageAndARealExample() {
        CliResult result = run("validate", "--help");
        assertEquals(ExitCode.OK, result.exitCode());
        assertTrue(result.out().startsWith("Usage: connect-onboard validate "), result::toString);
        assertTrue(result.out().contains("Examples:\n  connect-onboard validate --platform examples/platform.yaml \\\n"
                + "      --quotas examples/quotas.yaml examples/departments/\n"), result::toString);
        assertEquals(ExitCode.OK, run("validate", "--platform", "examples/platform.yaml", "--quotas",
                "examples/quotas.yaml", "examples/departments/").exitCode(), "the example works");
    }

    @Test
    void schemaHelpShowsUsageAndARealExample() {
        CliResult result = run("schema", "--help");
        assertEquals(ExitCode.OK, result.exitCode());
        assertTrue(result.out().startsWith("Usage: connect-onboard schema "), result::toString);
        assertTrue(result.out().contains("Examples:\n  connect-onboard schema DepartmentOnboarding > "
                + "department.schema.json\n"), result::toString);
    }
}
