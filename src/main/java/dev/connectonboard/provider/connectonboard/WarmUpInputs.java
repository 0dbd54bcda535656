package dev.connectonboard.provider.connectonboard;

import dev.connectonboard.provider.WarmUp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A small valid platform, policy and descriptor for the warm-up run, so the class-data-sharing archive also holds
 * what reading descriptors loads (YAML, schema validation), the slowest part of a cold data source read. The
 * warm-up reads offline and without credentials: it never contacts Confluent Cloud.
 */
public final class WarmUpInputs {
    private static final String PLATFORM = """
            apiVersion: connect-onboard/v1
            kind: Platform
            name: warm-up
            confluent:
              organizationId: 00000000-0000-0000-0000-000000000000
              environmentId: env-warmup
              kafkaCluster: { id: lkc-warmup, restEndpoint: "https://lkc-warmup.example.invalid:443" }
              cloud: AWS
              region: eu-west-1
            aws: { accountId: "000000000000", region: eu-west-1 }
            terraform: { confluentProviderVersion: "~> 2.50", awsProviderVersion: "~> 5.100" }
            """;
    private static final String QUOTAS = """
            apiVersion: connect-onboard/v1
            kind: QuotaPolicy
            defaults: { maxConnectors: 1, maxTasks: 1, maxTasksPerConnector: 1, maxPrivateLinkEndpoints: 0,
                        allowedConnectorClasses: [S3_SINK] }
            """;
    private static final String DEPARTMENT = """
            apiVersion: connect-onboard/v1
            kind: DepartmentOnboarding
            department: { name: warmup, prefix: wu, owners: [warm-up@example.org] }
            connect: { runtime: managed }
            topics: [ { name: wu.events, partitions: 1, retentionHours: 1 } ]
            connectors:
              - { name: wu-events-s3-sink, class: S3_SINK, tasks: 2, topics: [wu.events],
                  config: { s3.bucket.name: wu-archive } }
            """;

    private WarmUpInputs() {
    }

    /** Plays Terraform against the connectonboard provider with these inputs; returns the calls that answered. */
    public static List<String> warmUp() {
        Path directory;
        try {
            directory = Files.createTempDirectory("connect-onboard-warm-up");
            Files.writeString(directory.resolve("platform.yaml"), PLATFORM);
            Files.writeString(directory.resolve("quotas.yaml"), QUOTAS);
            Files.writeString(directory.resolve("warmup.yaml"), DEPARTMENT);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the warm-up inputs", e);
        }
        try {
            Map<String, Object> providerConfig = Map.of(
                    "platform_file", directory.resolve("platform.yaml").toString(),
                    "quotas_file", directory.resolve("quotas.yaml").toString(),
                    "descriptors", List.of(directory.resolve("warmup.yaml").toString()));
            return WarmUp.run(new ConnectOnboardProvider(Map.of()), providerConfig, Map.of(
                    "connectonboard_quota", Map.of("department", "warmup", "offline", true, "enforce", false),
                    "connectonboard_connector_status", Map.of("department", "warmup"),
                    "connectonboard_access_point", Map.of("access_point_id", "ap-warmup",
                            "environment_id", "env-warmup")));
        } finally {
            deleteQuietly(directory);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
