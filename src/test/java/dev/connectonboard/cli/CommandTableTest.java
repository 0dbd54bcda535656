package dev.connectonboard.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's command table is the CLI's contract for scripts: one row per command, every option and positional
 * parameter the command has (bracketed exactly when optional), and nothing the command does not have. Commands added
 * later are held to it too: the test walks the command tree picocli builds from the code.
 */
class CommandTableTest {
    /** Shown on every command and described once under the table, not in each row. */
    private static final Set<String> EVERYWHERE = Set.of("--help", "--version", "--verbose");
    private static final Pattern ROW = Pattern.compile("(?m)^\\| `([^`]+)` \\|");
    private static final Pattern TOKEN = Pattern.compile("\\[|\\]|\\(|\\)|--[a-z][a-z-]*|[A-Z][A-Z_]*(\\.\\.\\.)?");

    /** A token of a row's synopsis and whether it stands inside brackets. */
    private record Token(String text, boolean optional) {
    }

    @Test
    void everyCommandHasARowThatListsExactlyItsOptionsAndParameters() throws IOException {
        Map<String, List<Token>> rows = readmeRows();
        List<String> problems = new ArrayList<>();
        Set<String> commands = new TreeSet<>();
        for (CommandSpec command : runnableCommands()) {
            String name = name(command);
            commands.add(name);
            List<Token> row = rows.get(name);
            if (row == null) {
                problems.add(name + ": no row in the README's command table (| `" + name + " ...` | does |)");
                continue;
            }
            problems.addAll(compare(name, command, row));
        }
        for (String documented : rows.keySet()) {
            if (!commands.contains(documented)) {
                problems.add(documented + ": in the README's command table, but the CLI has no such command");
            }
        }
        assertEquals(List.of(), problems, "README.md ## Commands and the CLI disagree");
    }

    @Test
    void theTableCoversTheCommandsThisIssueDefined() throws IOException {
        assertTrue(readmeRows().keySet().containsAll(List.of("validate", "generate", "quota check", "status", "init",
                "schema", "provider", "provider install", "version", "generate-completion", "help")),
                readmeRows().keySet()::toString);
    }

    @Test
    void helpShowsRequiredOptionsWithoutBrackets() {
        String help = usage("quota", "check");
        assertTrue(help.contains(" --platform=FILE --quotas=FILE "), help);
        assertTrue(help.contains("[--output=FILE]"), help);
        assertTrue(usage("status").contains("(--department=NAME | --all)"), usage("status"));
    }

    private static List<String> compare(String name, CommandSpec command, List<Token> row) {
        List<String> problems = new ArrayList<>();
        Map<String, Boolean> documented = new LinkedHashMap<>();
        row.forEach(token -> documented.merge(token.text(), token.optional(), Boolean::logicalAnd));
        Set<String> known = new TreeSet<>();
        for (OptionSpec option : command.options()) {
            known.addAll(List.of(option.names()));
            String longName = option.longestName();
            if (option.hidden() || EVERYWHERE.contains(longName)) {
                continue;
            }
            Boolean optional = documented.get(longName);
            boolean required = option.required() || inRequiredGroup(option);
            if (optional == null) {
                problems.add(name + ": the README row does not mention " + longName);
            } else if (optional == required) {
                problems.add(name + ": the README row shows " + longName + (required ? " as optional, but it is "
                        + "required" : " as required, but it is optional"));
            }
        }
        for (PositionalParamSpec positional : command.positionalParameters()) {
            if (positional.hidden()) {
                continue;
            }
            String label = positional.paramLabel() + (positional.arity().max() > 1 ? "..." : "");
            known.add(label);
            Boolean optional = documented.get(label);
            boolean required = positional.arity().min() > 0;
            if (optional == null) {
                problems.add(name + ": the README row does not mention " + label);
            } else if (optional == required) {
                problems.add(name + ": the README row shows " + label + (required ? " as optional, but it is "
                        + "required" : " as required, but it is optional"));
            }
        }
        for (Token token : row) {
            if (token.text().startsWith("--") ? !known.contains(token.text())
                    : !known.contains(token.text()) && isParameterLabel(token.text(), command)) {
                problems.add(name + ": the README row names " + token.text() + ", which the command does not have");
            }
        }
        return problems;
    }

    /** Whether an upper-case word of a row is meant as a positional label (not an option's value placeholder). */
    private static boolean isParameterLabel(String word, CommandSpec command) {
        return word.endsWith("...") || command.positionalParameters().stream().anyMatch(p -> p.paramLabel()
                .equals(word.replace("...", "")));
    }

    private static boolean inRequiredGroup(OptionSpec option) {
        return option.group() != null && option.group().multiplicity().min() > 0 && option.group().exclusive();
    }

    /** Rows of the table under "## Commands": command name -> tokens of its synopsis. */
    private static Map<String, List<Token>> readmeRows() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("\n## Commands\n");
        assertTrue(start >= 0, "README.md has a ## Commands section");
        int end = readme.indexOf("\n## ", start + 1);
        Matcher row = ROW.matcher(readme.substring(start, end < 0 ? readme.length() : end));
        Map<String, List<Token>> rows = new LinkedHashMap<>();
        while (row.find()) {
            String synopsis = row.group(1).replace("\\|", "|");
            List<String> words = new ArrayList<>();
            for (String word : synopsis.split(" ")) {
                if (!word.matches("[a-z][a-z-]*")) {
                    break;
                }
                words.add(word);
            }
            String rest = synopsis.substring(String.join(" ", words).length());
            rows.put(String.join(" ", words), tokens(rest));
        }
        return rows;
    }

    private static List<Token> tokens(String synopsis) {
        List<Token> tokens = new ArrayList<>();
        int brackets = 0;
        Matcher token = TOKEN.matcher(synopsis);
        String previous = "";
        while (token.find()) {
            String text = token.group();
            switch (text) {
                case "[" -> brackets++;
                case "]" -> brackets--;
                case "(", ")" -> { }
                default -> {
                    // an upper-case word right after an option is that option's value (--out DIR), not a parameter
                    if (!(previous.startsWith("--") && !text.startsWith("--"))) {
                        tokens.add(new Token(text, brackets > 0));
                    }
                }
            }
            previous = text;
        }
        return tokens;
    }

    /** Every command a person runs: the tree picocli builds from the code, without mere groups (quota). */
    static List<CommandSpec> runnableCommands() {
        List<CommandSpec> all = new ArrayList<>();
        collect(Main.newCommandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())), all);
        return all;
    }

    private static void collect(CommandLine commandLine, List<CommandSpec> into) {
        for (CommandLine sub : commandLine.getSubcommands().values()) {
            CommandSpec spec = sub.getCommandSpec();
            if (spec.usageMessage().hidden() || into.contains(spec)) {
                continue;
            }
            Object command = spec.userObject();
            if (command instanceof Runnable || command instanceof java.util.concurrent.Callable<?>) {
                into.add(spec);
            }
            collect(sub, into);
        }
    }

    static String name(CommandSpec command) {
        return command.qualifiedName(" ").replaceFirst("^connect-onboard ", "");
    }

    private static String usage(String... command) {
        CommandLine commandLine = Main.newCommandLine(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        for (String part : command) {
            commandLine = commandLine.getSubcommands().get(part);
        }
        return commandLine.getUsageMessage();
    }
}
