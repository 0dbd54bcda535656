package dev.connectonboard.cli;

import dev.connectonboard.errors.OnboardException;
import dev.connectonboard.errors.SafeText;
import dev.connectonboard.provider.TerraformProvider;
import dev.connectonboard.provider.connectonboard.ConnectOnboardProvider;
import dev.connectonboard.provider.connectonboard.WarmUpInputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "provider", mixinStandardHelpOptions = true,
        description = {"Serves the Terraform provider terraform.local/connect-onboard/connectonboard.",
                "Terraform starts this itself; people run 'provider install' once instead."},
        footer = {"", "Example:", "  connect-onboard provider install --dir ~/.terraform.d/plugins"},
        subcommands = ProviderInstallCommand.class)
public final class ProviderCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Option(names = "--warm-up", hidden = true,
            description = "Plays Terraform against the provider in-process, to fill the class-data-sharing archive.")
    boolean warmUp;

    @Override
    public Integer call() {
        if (warmUp) {
            System.err.println("provider warm-up: " + String.join(", ", WarmUpInputs.warmUp()));
            return ExitCode.OK;
        }
        serve();
        return ExitCode.OK;
    }

    /**
     * The launcher Terraform runs starts here rather than in {@link Main}: building the whole command tree is work
     * that can wait, and Terraform starts the provider three times per plan.
     */
    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals("--warm-up")) {
            // the launcher's first-use run: without picocli, so the archive it fills holds what serving loads
            System.err.println("provider warm-up: " + String.join(", ", WarmUpInputs.warmUp()));
            System.exit(ExitCode.OK);
        }
        if (args.length > 0) {
            System.exit(Main.run(prepend("provider", args), new PrintWriter(System.err, true),
                    new PrintWriter(System.err, true)));
        }
        try {
            serve();
            System.exit(ExitCode.OK);
        } catch (OnboardException e) {
            System.err.println("error: " + SafeText.escape(String.valueOf(e.getMessage())));
            System.exit(FailureMapper.exitCodeOf(e));
        }
    }

    private static String[] prepend(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static void serve() {
        PrintStream terraformPipe = System.out;
        // Terraform reads the handshake from stdout; anything else printed there by any library would break it.
        System.setOut(System.err);
        TerraformProvider.serve(new ConnectOnboardProvider(), System.getenv(), line -> {
            terraformPipe.println(line);
            terraformPipe.flush();
        });
    }
}
