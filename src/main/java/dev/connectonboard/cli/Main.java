package dev.connectonboard.cli;

import dev.connectonboard.errors.SafeTextWriter;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
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
        CommandLine commandLine = newCommandLine(out, err);
        return commandLine.execute(args);
    }

    /**
     * Every command prints through these two writers, which escape control and line-separator characters (see
     * {@link SafeTextWriter}); picocli's own colours are off, since they are control sequences too.
     */
    static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(new PrintWriter(new SafeTextWriter(out), true));
        commandLine.setErr(new PrintWriter(new SafeTextWriter(err), true));
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        commandLine.setExitCodeExceptionMapper(FailureMapper::exitCodeOf);
        commandLine.setExecutionExceptionHandler(new FailureMapper());
        commandLine.setParameterExceptionHandler(FailureMapper::onParameterError);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        // picocli hides generate-completion by default; the README tells people to use it, so help lists it
        commandLine.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
        return commandLine;
    }
}
