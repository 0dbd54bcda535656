package dev.connectonboard.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * {@link Main#run} builds only the command the arguments name (picocli's model of all of them costs a cold start
 * ~0.15 s of CPU); whatever a user types, that tree answers exactly as the whole tree does: same exit code, same
 * output, same errors and usage.
 */
class OneCommandTreeTest {
    private record Answer(int exitCode, String out, String err) {
    }

    private static Answer run(CommandLine commandLine, StringWriter out, StringWriter err, String[] args) {
        int exitCode = commandLine.execute(args);
        return new Answer(exitCode, out.toString(), err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "generate --check --platform examples/platform.yaml examples/departments",
            "generate --bogus",
            "generate",
            "generate --help",
            "generate -V",
            "generate --platform examples/no-such.yaml examples/departments",
            "validate --platform examples/platform.yaml examples/departments",
            "validate --nope",
            "plan",
            "plan check --help",
            "plan check",
            "plan compare --help",
            "quota",
            "quota check --help",
            "status --help",
            "init --help",
            "adopt --help",
            "offboard --help",
            "schema --help",
            "provider --help",
            "provider install --help",
            "version",
            "help generate",
            "--help",
            "--version",
            "nonsense",
            "Generate"})
    void answersAsTheWholeTreeDoes(String line) {
        String[] args = line.split(" ");
        StringWriter wholeOut = new StringWriter();
        StringWriter wholeErr = new StringWriter();
        Answer whole = run(Main.newCommandLine(new PrintWriter(wholeOut, true), new PrintWriter(wholeErr, true)),
                wholeOut, wholeErr, args);
        StringWriter oneOut = new StringWriter();
        StringWriter oneErr = new StringWriter();
        Answer one = run(Main.newCommandLine(new PrintWriter(oneOut, true), new PrintWriter(oneErr, true), args),
                oneOut, oneErr, args);
        assertEquals(whole, one);
    }

    @ParameterizedTest
    @ValueSource(strings = {"generate", "validate", "plan", "quota", "status", "init", "adopt", "offboard", "schema",
            "provider", "version"})
    void buildsOnlyTheNamedCommand(String command) {
        CommandLine tree = Main.newCommandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                command, "--help");
        assertEquals(List.of(command), List.copyOf(tree.getSubcommands().keySet()));
        assertNotNull(tree.getSubcommands().get(command).getExitCodeExceptionMapper(),
                "the settings reach the command");
    }
}
