package dev.connectonboard.provider;

import dev.connectonboard.provider.install.Installation;
import dev.connectonboard.provider.install.ProviderInstaller;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real Terraform against the real provider: installs the provider's launcher (this test class path, via
 * {@code provider install}'s own code) into a temporary mirror and points Terraform at it with a CLI configuration
 * file of its own, never a global one.
 */
final class TerraformCli {
    private static final long TIMEOUT_SECONDS = 180;

    private final Path cliConfig;
    private final Installation installation;
    private final Map<String, String> environment = new HashMap<>();

    private TerraformCli(Path cliConfig, Installation installation) {
        this.cliConfig = cliConfig;
        this.installation = installation;
    }

    /** Skips the calling test with a clear message when no terraform is on PATH. */
    static void assumeTerraformInstalled() {
        boolean found;
        try {
            Process version = new ProcessBuilder("terraform", "version").redirectErrorStream(true).start();
            version.getInputStream().readAllBytes();
            found = version.waitFor(60, TimeUnit.SECONDS) && version.exitValue() == 0;
        } catch (IOException e) {
            found = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            found = false;
        }
        Assumptions.assumeTrue(found, "terraform is not on PATH: the tests that run real Terraform plans against "
                + "the provider are skipped (install Terraform 1.x to run them)");
    }

    /** Installs the provider into {@code home} and writes a CLI configuration with dev_overrides for it. */
    static TerraformCli withProviderInstalledIn(Path home) throws IOException {
        Installation installation = new ProviderInstaller(ProviderInstaller.currentJava(), "0.1.0")
                .install(home.resolve("mirror"), ProviderInstaller.CodeLocation.ofRunning(TerraformCli.class));
        Path cliConfig = home.resolve("terraform.tfrc");
        Files.writeString(cliConfig, installation.devOverridesSnippet());
        return new TerraformCli(cliConfig, installation);
    }

    Installation installation() {
        return installation;
    }

    TerraformCli env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    Result run(Path workingDirectory, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("terraform");
        command.add(arguments[0]);
        command.add("-no-color");
        command.addAll(List.of(arguments).subList(1, arguments.length));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("TF_") || name.startsWith("CONFLUENT_"));
        env.put("TF_CLI_CONFIG_FILE", cliConfig.toString());
        env.put("TF_IN_AUTOMATION", "1");
        env.put("TF_INPUT", "0");
        env.put("CHECKPOINT_DISABLE", "1");
        env.putAll(environment);
        Path stdout = Files.createTempFile(workingDirectory, "terraform", ".out");
        Path stderr = Files.createTempFile(workingDirectory, "terraform", ".err");
        Process process = builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("terraform " + String.join(" ", arguments) + " did not finish in "
                    + TIMEOUT_SECONDS + " s; output so far:\n" + Files.readString(stdout) + Files.readString(stderr));
        }
        return new Result(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
    }

    record Result(int exitCode, String stdout, String stderr) {
        String all() {
            return stdout + stderr;
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr;
        }
    }
}
