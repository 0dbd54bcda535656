package dev.connectonboard.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectonboard.provider.install.Installation;
import dev.connectonboard.provider.plugin.PluginServer;
import dev.connectonboard.provider.install.ProviderInstaller;
import dev.connectonboard.testsupport.PluginLaunchers;
import dev.connectonboard.testsupport.TerraformCli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The two stand-in providers, ready for Terraform: schema caches (Confluent's from the test resources, AWS's
 * extracted from the mirrored hashicorp/aws 5.100.0 binary with {@code terraform providers schema -json}),
 * launchers, and a CLI configuration whose {@code dev_overrides} point {@code confluentinc/confluent} and
 * {@code hashicorp/aws} at them (and {@code terraform.local/connect-onboard/connectonboard} at this build's own
 * provider, which generated roots with the quota gate use).
 *
 * <pre>{@code
 * StandIns standIns = StandIns.prepare(Path.of("target/standin"), terraformWithMirror);
 * // TF_CLI_CONFIG_FILE = standIns.cliConfig(); CONNECT_ONBOARD_STANDIN_CLOUD = a directory for the clouds
 * }</pre>
 */
public final class StandIns {
    public static final String CONFLUENT_SOURCE = "confluentinc/confluent";
    public static final String AWS_SOURCE = "hashicorp/aws";
    public static final String AWS_VERSION = "5.100.0";
    /** The release the schema was read from (confluent-provider/schema.json, _meta). */
    public static final String CONFLUENT_VERSION = "2.83.4";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final Path cliConfig;
    private final Path confluentCache;
    private final Path awsCache;

    private StandIns(Path dir, Path cliConfig, Path confluentCache, Path awsCache) {
        this.dir = dir;
        this.cliConfig = cliConfig;
        this.confluentCache = confluentCache;
        this.awsCache = awsCache;
    }

    /**
     * Prepares (or reuses) everything under {@code dir}.
     *
     * @param terraform a Terraform that can install hashicorp/aws from the local mirror (to read its schema once)
     */
    public static StandIns prepare(Path where, TerraformCli terraform) {
        Path dir = where.toAbsolutePath();
        try {
            Path confluentCache = dir.resolve("schema").resolve("confluent");
            byte[] confluentSource = confluentSchemaBytes();
            SchemaCache.prepare(confluentCache, Fabricator.hash(new String(confluentSource,
                            java.nio.charset.StandardCharsets.UTF_8)),
                    () -> ConfluentSchemaJson.fromClasspath().terraformSchema());
            Path awsBinary = awsBinary(terraform.mirror());
            Path awsCache = dir.resolve("schema").resolve("aws");
            SchemaCache.prepare(awsCache, awsBinary + "|" + Files.size(awsBinary) + "|"
                    + Files.getLastModifiedTime(awsBinary).toMillis(), () -> extractAwsSchema(dir, terraform));
            // Launchers in a filesystem-mirror layout: `terraform init` installs them like any provider package
            // (modules need init, and init must find every required provider somewhere), and dev_overrides make
            // every later command run them in place.
            Path mirror = dir.resolve("mirror");
            String classPath = PluginLaunchers.currentClassPath();
            Path confluentLauncher = mirror.resolve("registry.terraform.io/" + CONFLUENT_SOURCE + "/" + CONFLUENT_VERSION
                    + "/" + platform());
            Path awsLauncher = mirror.resolve("registry.terraform.io/" + AWS_SOURCE + "/" + AWS_VERSION + "/"
                    + platform());
            // Run by hand, the stand-ins share one cloud under dir/cloud unless told otherwise.
            Map<String, String> defaults = Map.of(StandInCloud.DIRECTORY_ENV, dir.resolve("cloud").toString());
            PluginLaunchers.write(confluentLauncher, "confluent", defaults, classPath, StandInMain.class.getName(),
                    "confluent", confluentCache.toAbsolutePath().toString());
            PluginLaunchers.write(awsLauncher, "aws", defaults, classPath, StandInMain.class.getName(), "aws",
                    awsCache.toAbsolutePath().toString());
            Map<String, Path> overrides = new LinkedHashMap<>();
            overrides.put("registry.terraform.io/" + CONFLUENT_SOURCE, confluentLauncher);
            overrides.put("registry.terraform.io/" + AWS_SOURCE, awsLauncher);
            // Generated roots with the quota gate also use this build's own provider.
            Installation own = new ProviderInstaller(ProviderInstaller.currentJava(), "0.1.0").install(mirror,
                    new ProviderInstaller.CodeLocation(java.util.Optional.empty(),
                            PluginLaunchers.currentClassPathEntries()));
            overrides.put(own.source(), own.packageDirectory());
            Path cliConfig = dir.resolve("stand-in.tfrc");
            // Only the stand-ins' mirror: nothing real is installed, nothing is downloaded.
            Files.writeString(cliConfig, PluginLaunchers.devOverrides(overrides, mirror));
            return new StandIns(dir, cliConfig, confluentCache, awsCache);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String platform() {
        String arch = System.getProperty("os.arch").toLowerCase(java.util.Locale.ROOT);
        return "linux_" + (arch.equals("aarch64") || arch.equals("arm64") ? "arm64" : "amd64");
    }

    /** The CLI configuration to put in {@code TF_CLI_CONFIG_FILE}. */
    public Path cliConfig() {
        return cliConfig;
    }

    public Path dir() {
        return dir;
    }

    /** The environment a Terraform run needs to reach these stand-ins with their clouds in {@code cloudDir}. */
    public Map<String, String> environment(Path cloudDir) {
        return Map.of(StandInCloud.DIRECTORY_ENV, cloudDir.toAbsolutePath().toString(),
                // Test doubles on loopback: plaintext gRPC saves each provider start its TLS set-up.
                "TF_DISABLE_PLUGIN_TLS", "1");
    }

    /**
     * Both stand-ins served inside this JVM, with their clouds in {@code cloudDir}, for Terraform to reattach to
     * ({@code TF_REATTACH_PROVIDERS}, see {@link InProcess#environment()}) instead of starting a JVM per provider and
     * command: the way terraform-plugin-testing runs providers under test. Close it when done.
     */
    public InProcess serveInProcess(Path cloudDir) {
        Map<String, String> environment = Map.of(StandInCloud.DIRECTORY_ENV, cloudDir.toAbsolutePath().toString());
        try {
            SchemaCache confluent = SchemaCache.open(confluentCache);
            SchemaCache aws = SchemaCache.open(awsCache);
            PluginServer confluentServer = PluginServer.startUnmanaged(new StandInService(new StandInProvider(
                    new ConfluentFlavour(ConfluentSchemaJson.fromClasspath()), confluent, environment), confluent));
            PluginServer awsServer = PluginServer.startUnmanaged(new StandInService(new StandInProvider(
                    new AwsFlavour(), aws, environment), aws));
            return new InProcess(confluentServer, awsServer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The in-process stand-ins of {@link #serveInProcess}. */
    public static final class InProcess implements AutoCloseable {
        private final PluginServer confluent;
        private final PluginServer aws;

        private InProcess(PluginServer confluent, PluginServer aws) {
            this.confluent = confluent;
            this.aws = aws;
        }

        /** {@code TF_REATTACH_PROVIDERS} naming both servers. */
        public Map<String, String> environment() {
            return Map.of("TF_REATTACH_PROVIDERS", "{" + confluent.reattachEntry("registry.terraform.io/"
                    + CONFLUENT_SOURCE) + "," + aws.reattachEntry("registry.terraform.io/" + AWS_SOURCE) + "}");
        }

        @Override
        public void close() {
            try {
                confluent.stop();
                aws.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static byte[] confluentSchemaBytes() throws IOException {
        try (InputStream in = StandIns.class.getResourceAsStream(ConfluentSchemaJson.SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(ConfluentSchemaJson.SCHEMA_RESOURCE + " is missing");
            }
            return in.readAllBytes();
        }
    }

    /** Where the real binary's schema is kept once extracted (tests compare the stand-in's with it). */
    static Path realAwsSchema(Path dir) {
        return dir.resolve("aws-schema.json");
    }

    static Path awsBinary(Path mirror) throws IOException {
        Path dir = mirror.resolve("registry.terraform.io/hashicorp/aws").resolve(AWS_VERSION);
        try (var files = Files.walk(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("terraform-provider-aws")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("hashicorp/aws " + AWS_VERSION + " is not in the "
                            + "mirror " + mirror));
        }
    }

    /** {@code terraform providers schema -json} of the real hashicorp/aws 5.100.0, its provider entry. */
    private static JsonNode extractAwsSchema(Path dir, TerraformCli terraform) {
        try {
            Path root = Files.createDirectories(dir.resolve("aws-schema-root"));
            Files.writeString(root.resolve("main.tf"), """
                    terraform {
                      required_providers {
                        aws = { source = "hashicorp/aws", version = "%s" }
                      }
                    }
                    """.formatted(AWS_VERSION));
            terraform.init(root).requireSuccess();
            TerraformCli.Result schema = terraform.run(root, Duration.ofMinutes(5), "providers", "schema", "-json")
                    .requireSuccess();
            JsonNode aws = JSON.readTree(schema.stdout()).path("provider_schemas").path("registry.terraform.io/" + AWS_SOURCE);
            JSON.writeValue(realAwsSchema(dir).toFile(), aws);
            return aws;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
