package dev.connectonboard.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the real {@code terraform} binary for tests, offline.
 *
 * <p>Providers come only from a local filesystem mirror (env {@code CONNECT_ONBOARD_TF_MIRROR}, else
 * {@code /opt/tf-plugins}, else a few usual places). Each instance writes its own CLI configuration into a temp
 * directory and points {@code TF_CLI_CONFIG_FILE} at it, so a user's or machine's global configuration is never read
 * or changed. AWS credentials are fake ({@code mock}); harness roots configure the aws provider with the skip flags
 * (see {@link #AWS_OFFLINE_PROVIDER}).
 *
 * <pre>{@code
 * TerraformCli tf = TerraformCli.assumeAvailable();
 * Path root = TerraformCli.stage(tempDir, Path.of("modules"), Path.of("src/test/resources/modules-harness/x"));
 * tf.init(root).requireSuccess();
 * JsonNode plan = tf.planJson(root);
 * }</pre>
 */
public final class TerraformCli {

    public static final String MIRROR_ENV = "CONNECT_ONBOARD_TF_MIRROR";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

    /**
     * Provider block that lets plans run with no AWS account or network; {@link #stage} adds it to every harness
     * that does not configure the AWS provider itself.
     */
    public static final String AWS_OFFLINE_PROVIDER = """
            provider "aws" {
              region                      = "eu-west-1"
              access_key                  = "mock"
              secret_key                  = "mock"
              skip_credentials_validation = true
              skip_requesting_account_id  = true
              skip_metadata_api_check     = true
              skip_region_validation      = true
            }
            """;

    private static final List<String> MIRROR_CANDIDATES = List.of("/opt/tf-plugins",
            System.getProperty("user.home") + "/.terraform.d/plugins", "/usr/local/share/terraform/plugins",
            "/usr/share/terraform/plugins");

    private final Path executable;
    private final Path mirror;
    private final Path cliConfig;
    private final Map<String, String> extraEnv;

    private TerraformCli(Path executable, Path mirror, Path cliConfig, Map<String, String> extraEnv) {
        this.executable = executable;
        this.mirror = mirror;
        this.cliConfig = cliConfig;
        this.extraEnv = Map.copyOf(extraEnv);
    }

    /** A ready instance, or the test is skipped with a message saying what is missing. */
    public static TerraformCli assumeAvailable() {
        Optional<Path> executable = findExecutable();
        Assumptions.assumeTrue(executable.isPresent(),
                "terraform is not on PATH: install Terraform >= 1.9 to run the Terraform module tests");
        Optional<Path> mirror = findMirror();
        Assumptions.assumeTrue(mirror.isPresent(), "no Terraform provider mirror with hashicorp/aws found: set "
                + MIRROR_ENV + " to a filesystem mirror directory (tried " + String.join(", ", MIRROR_CANDIDATES) + ")");
        return create(executable.get(), mirror.get());
    }

    /**
     * A ready instance that uses this CLI configuration instead of the mirror one (e.g. {@code dev_overrides} for a
     * provider under test), or the test is skipped with a message when terraform is missing.
     */
    public static TerraformCli assumeInstalled(Path cliConfig) {
        Optional<Path> executable = findExecutable();
        Assumptions.assumeTrue(executable.isPresent(),
                "terraform is not on PATH: install Terraform >= 1.9 to run the tests that run real Terraform");
        return new TerraformCli(executable.get(), null, cliConfig, Map.of());
    }

    /** Like {@link #assumeAvailable()} but without JUnit: empty when terraform or the mirror is missing. */
    public static Optional<TerraformCli> find() {
        Optional<Path> executable = findExecutable();
        Optional<Path> mirror = findMirror();
        if (executable.isEmpty() || mirror.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(create(executable.get(), mirror.get()));
    }

    private static TerraformCli create(Path executable, Path mirror) {
        try {
            Path dir = Files.createTempDirectory("connect-onboard-tfcli");
            Path config = dir.resolve("terraform.rc");
            // Only the mirror: a provider missing from it fails init instead of reaching for the network.
            Files.writeString(config, """
                    provider_installation {
                      filesystem_mirror {
                        path = "%s"
                      }
                    }
                    disable_checkpoint = true
                    """.formatted(mirror.toAbsolutePath().toString().replace("\\", "\\\\")));
            return new TerraformCli(executable, mirror, config, Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy that also sets these environment variables for every command (e.g. TF_VAR_x). */
    public TerraformCli withEnv(Map<String, String> env) {
        Map<String, String> merged = new HashMap<>(extraEnv);
        merged.putAll(env);
        return new TerraformCli(executable, mirror, cliConfig, merged);
    }

    public Path executable() {
        return executable;
    }

    public Path mirror() {
        return mirror;
    }

    /**
     * Copies {@code modulesDir} to {@code workDir/modules} and the harness root to
     * {@code workDir/modules-harness/<name>}, so the harness's {@code source = "../../modules/x"} resolves the same way
     * {@code generated/<department>} does in the repository. Returns the staged root.
     */
    public static Path stage(Path workDir, Path modulesDir, Path harnessDir) throws IOException {
        copyTree(modulesDir, workDir.resolve("modules"));
        Path root = workDir.resolve("modules-harness").resolve(harnessDir.getFileName().toString());
        copyTree(harnessDir, root);
        if (!declaresAwsProvider(root)) {
            Files.writeString(root.resolve("offline_provider.tf"), AWS_OFFLINE_PROVIDER);
        }
        return root;
    }

    private static boolean declaresAwsProvider(Path root) throws IOException {
        try (var files = Files.list(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".tf")).toList()) {
                if (Files.readString(file).contains("provider \"aws\" {")) {
                    return true;
                }
            }
        }
        return false;
    }

    public Result fmtCheck(Path dir) {
        return run(dir, DEFAULT_TIMEOUT, "fmt", "-check", "-recursive", "-diff", "-no-color");
    }

    public Result init(Path dir) {
        return run(dir, DEFAULT_TIMEOUT, "init", "-backend=false", "-input=false", "-no-color");
    }

    public Result validate(Path dir) {
        return run(dir, DEFAULT_TIMEOUT, "validate", "-no-color");
    }

    /** {@code terraform plan -out=<planFile>} (plus extra arguments such as -var). */
    public Result plan(Path dir, Path planFile, String... extraArgs) {
        List<String> args = new ArrayList<>(List.of("plan", "-input=false", "-lock=false", "-no-color",
                "-out=" + planFile.toAbsolutePath()));
        args.addAll(List.of(extraArgs));
        return run(dir, DEFAULT_TIMEOUT, args);
    }

    /** Plans into a temp file and returns {@code terraform show -json} of it; fails with terraform's output. */
    public JsonNode planJson(Path dir, String... extraArgs) {
        Path planFile = dir.resolve("test.tfplan");
        plan(dir, planFile, extraArgs).requireSuccess();
        Result show = run(dir, DEFAULT_TIMEOUT, "show", "-json", "-no-color", planFile.toAbsolutePath().toString())
                .requireSuccess();
        try {
            return new ObjectMapper().readTree(show.stdout());
        } catch (IOException e) {
            throw new UncheckedIOException("terraform show -json printed no JSON", e);
        }
    }

    public Result run(Path dir, Duration timeout, String... args) {
        return run(dir, timeout, List.of(args));
    }

    public Result run(Path dir, Duration timeout, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("AWS_") || k.startsWith("TF_") || k.startsWith("CONFLUENT_")
                || k.equalsIgnoreCase("http_proxy")
                || k.equalsIgnoreCase("https_proxy"));
        env.put("TF_CLI_CONFIG_FILE", cliConfig.toString());
        env.put("TF_IN_AUTOMATION", "1");
        env.put("TF_INPUT", "0");
        env.put("CHECKPOINT_DISABLE", "1");
        env.put("AWS_ACCESS_KEY_ID", "mock");
        env.put("AWS_SECRET_ACCESS_KEY", "mock");
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.putAll(extraEnv);
        long started = System.nanoTime();
        try {
            Path out = Files.createTempFile("terraform-out", ".txt");
            Path err = Files.createTempFile("terraform-err", ".txt");
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            String stdout = Files.readString(out, StandardCharsets.UTF_8);
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            if (!finished) {
                return new Result(List.copyOf(args), -1, stdout, stderr + "\n[timed out after " + timeout + "]", elapsed);
            }
            return new Result(List.copyOf(args), process.exitValue(), stdout, stderr, elapsed);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }

    /** Outcome of one terraform command. exitCode -1 means it timed out and was killed. */
    public record Result(List<String> args, int exitCode, String stdout, String stderr, Duration elapsed) {

        public boolean ok() {
            return exitCode == 0;
        }

        public String output() {
            return stdout + stderr;
        }

        @Override
        public String toString() {
            return "terraform " + String.join(" ", args) + ": exit " + exitCode + "\n--- stdout\n" + stdout
                    + "\n--- stderr\n" + stderr;
        }

        public Result requireSuccess() {
            if (!ok()) {
                throw new AssertionError("terraform " + String.join(" ", args) + " failed (exit " + exitCode + "):\n"
                        + output());
            }
            return this;
        }
    }

    private static Optional<Path> findExecutable() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "terraform");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> findMirror() {
        List<String> candidates = new ArrayList<>();
        String fromEnv = System.getenv(MIRROR_ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            candidates.add(fromEnv);
        }
        candidates.addAll(MIRROR_CANDIDATES);
        return candidates.stream().map(Path::of)
                .filter(p -> Files.isDirectory(p.resolve("registry.terraform.io/hashicorp/aws")))
                .findFirst();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path relative = from.relativize(source);
                if (relative.toString().startsWith(".terraform") || relative.toString().contains("/.terraform")) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(source, target);
                }
            }
        }
    }
}
