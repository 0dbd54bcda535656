package dev.connectonboard.cli;

import dev.connectonboard.errors.SafeTextWriter;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** Entry point: wires the subcommands and maps failures to exit codes. Commands stay thin. */
@Command(
        name = "connect-onboard",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Onboards departments onto Kafka Connect on a shared Confluent Cloud platform.",
        subcommands = {
                ValidateCommand.class,
                GenerateCommand.class,
                QuotaCommand.class,
                PlanCommand.class,
                StatusCommand.class,
                InitCommand.class,
                AdoptCommand.class,
                OffboardCommand.class,
                SchemaCommand.class,
                ProviderCommand.class,
                VersionCommand.class,
                CommandLine.HelpCommand.class,
                AutoComplete.GenerateCompletion.class
        },
        footer = {"", "Example:", "  connect-onboard generate --help",
                "", "Exit codes: 0 ok, 1 a check failed, 2 wrong usage, 3 the answer could not be determined."})
public final class Main implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** No subcommand: a usage error, answered with the usage and the list of commands. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("error: no command given; the commands are:");
        err.println();
        spec.commandLine().usage(err);
        err.flush();
        return ExitCode.USAGE;
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the CLI with the given streams; tests call this instead of {@link #main}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = newCommandLine(out, err, args);
        return commandLine.execute(args);
    }

    /** Our own subcommands by name (picocli's help and generate-completion are left to the whole tree). */
    private static Map<String, Class<?>> ownSubcommands() {
        Map<String, Class<?>> byName = new HashMap<>();
        for (Class<?> type : Main.class.getAnnotation(Command.class).subcommands()) {
            if (type.getPackage() == Main.class.getPackage()) {
                byName.put(type.getAnnotation(Command.class).name(), type);
            }
        }
        return byName;
    }

    /**
     * The command tree for these arguments. When they start with one of our commands, picocli parses them with that
     * command alone (below the root), so only that command's model is built: picocli reflects on every command's
     * options and mixins when it builds a tree, ~0.15 s of CPU in a cold JVM for all of them (its classes are Java 5
     * class files, which the class-data archive cannot hold, so they are also verified on every start). Anything
     * else (no command, --help, --version, help, generate-completion) gets the whole tree, whose help lists them all.
     */
    static CommandLine newCommandLine(PrintWriter out, PrintWriter err, String... args) {
        Class<?> only = args.length > 0 ? ownSubcommands().get(args[0]) : null;
        if (only == null) {
            return newCommandLine(out, err);
        }
        CommandLine commandLine = new CommandLine(CommandSpec.wrapWithoutInspection(new Main())
                .name(Main.class.getAnnotation(Command.class).name()));
        commandLine.addSubcommand(args[0], only);
        return configure(commandLine, out, err);
    }

    /**
     * Every command prints through these two writers, which escape control and line-separator characters (see
     * {@link SafeTextWriter}); picocli's own colours are off, since they are control sequences too.
     */
    static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = configure(new CommandLine(new Main()), out, err);
        // picocli hides generate-completion by default; the README tells people to use it, so help lists it
        commandLine.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
        return commandLine;
    }

    /** Settings for the tree and every command in it (picocli applies them to the subcommands added so far). */
    private static CommandLine configure(CommandLine commandLine, PrintWriter out, PrintWriter err) {
        commandLine.setOut(new PrintWriter(new SafeTextWriter(out), true));
        commandLine.setErr(new PrintWriter(new SafeTextWriter(err), true));
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        commandLine.setExitCodeExceptionMapper(FailureMapper::exitCodeOf);
        commandLine.setExecutionExceptionHandler(new FailureMapper());
        commandLine.setParameterExceptionHandler(FailureMapper::onParameterError);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }
}
