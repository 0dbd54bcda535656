package dev.connectonboard.cli;

import dev.connectonboard.operator.ShellWords;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every example in every {@code --help} copies and pastes as one command: rendered at picocli's default width, each
 * example line is a whole command or continues the one before with a trailing backslash (a line wrapped mid-path
 * would paste as two broken commands), and each command parses with the CLI's own options.
 */
class HelpExamplesTest {

    @Test
    void everyHelpExampleIsOneCommandThatParses() {
        List<String> problems = new ArrayList<>();
        int examples = 0;
        for (CommandSpec command : CommandTableTest.runnableCommands()) {
            String help = command.commandLine().getUsageMessage();
            List<String> block = exampleLines(help);
            if (block.isEmpty() && !List.of("help", "generate-completion").contains(CommandTableTest.name(command))) {
                problems.add(CommandTableTest.name(command) + ": --help has no Example section");
            }
            StringBuilder current = null;
            for (String line : block) {
                if (current == null) {
                    if (!line.startsWith("  connect-onboard ")) {
                        problems.add(CommandTableTest.name(command) + ": example line is not a command and does not "
                                + "continue one (wrapped?): '" + line + "'");
                        continue;
                    }
                    current = new StringBuilder();
                }
                current.append(line.strip());
                if (line.endsWith(" \\")) {
                    current.setLength(current.length() - 1);
                    continue;
                }
                examples++;
                String failure = parseFailure(current.toString());
                if (failure != null) {
                    problems.add(CommandTableTest.name(command) + ": '" + current + "' does not parse: " + failure);
                }
                current = null;
            }
            if (current != null) {
                problems.add(CommandTableTest.name(command) + ": the last example ends with a continuation");
            }
        }
        assertEquals(List.of(), problems);
        assertFalse(examples < 15, "found only " + examples + " examples");
    }

    /** The lines of the Example(s) section, up to the next blank line. */
    static List<String> exampleLines(String help) {
        List<String> lines = new ArrayList<>();
        boolean inside = false;
        for (String line : help.split("\n", -1)) {
            if (line.equals("Example:") || line.equals("Examples:")) {
                inside = true;
            } else if (inside && line.isBlank()) {
                break;
            } else if (inside) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static String parseFailure(String example) {
        List<List<String>> commands = ShellWords.commands(example);
        if (commands.size() != 1) {
            return "it is " + commands.size() + " shell commands";
        }
        List<String> words = commands.get(0);
        CommandLine commandLine = Main.newCommandLine(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        try {
            commandLine.parseArgs(words.subList(1, words.size()).toArray(String[]::new));
            return null;
        } catch (CommandLine.ParameterException e) {
            return e.getMessage();
        }
    }
}
