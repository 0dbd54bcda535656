package dev.connectonboard.cli;

import dev.connectonboard.provider.install.Installation;
import dev.connectonboard.provider.install.ProviderInstaller;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "install", mixinStandardHelpOptions = true,
        description = {"Installs the provider launcher where Terraform finds it (a filesystem-mirror layout) and "
                + "prints the Terraform CLI configuration that uses it."},
        footer = {"", "Example:", "  connect-onboard provider install --dir ~/.terraform.d/plugins"})
public final class ProviderInstallCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "D",
            description = "Filesystem mirror directory (default: ~/.terraform.d/plugins, which Terraform searches "
                    + "by itself when the CLI configuration has no provider_installation block).")
    Path dir;

    @Override
    public Integer call() {
        // Terraform finds ~/.terraform.d/plugins through $HOME, which can differ from Java's user.home
        String home = Optional.ofNullable(System.getenv("HOME")).filter(value -> !value.isBlank())
                .orElse(System.getProperty("user.home"));
        Path mirror = Optional.ofNullable(dir).orElse(Path.of(home, ".terraform.d", "plugins"))
                .toAbsolutePath().normalize();
        String version = BuildVersion.current();
        ProviderInstaller installer = new ProviderInstaller(ProviderInstaller.currentJava(), version);
        Installation installation = installer.install(mirror,
                ProviderInstaller.CodeLocation.ofRunning(ProviderInstallCommand.class));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Installed " + installation.source() + " " + installation.version() + ":");
        out.println("  " + installation.launcher());
        if (installation.classDataSharing()) {
            String failure = ProviderInstaller.prepare(installation);
            out.println(failure.isEmpty()
                    ? "  class-data-sharing archive ready: Terraform starts the provider faster from now on."
                    : "  warning: could not create the class-data-sharing archive (the provider works, it only "
                    + "starts slower):\n" + failure.indent(4));
        } else {
            out.println("  development build (classes directory): runs in place, without class-data sharing.");
        }
        out.println();
        out.println("Either let 'terraform init' install it from the mirror (and lock its checksum), with this in the");
        out.println("file TF_CLI_CONFIG_FILE names (not needed for ~/.terraform.d/plugins without other");
        out.println("provider_installation settings):");
        out.println();
        out.print(installation.filesystemMirrorSnippet().indent(2));
        out.println();
        out.println("or skip 'terraform init' for this provider while developing, with dev_overrides:");
        out.println();
        out.print(installation.devOverridesSnippet().indent(2));
        out.println();
        out.println("and require it in your configuration:");
        out.println();
        out.print(("terraform {\n  required_providers {\n    connectonboard = { source = \""
                + installation.source() + "\" }\n  }\n}\n").indent(2));
        out.flush();
        return ExitCode.OK;
    }
}
