package dev.connectonboard.bench;

import dev.connectonboard.testsupport.ProviderHcl;
import dev.connectonboard.testsupport.kafka.LiveKafkaConnect;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code terraform apply} of N {@code connectonboard_connector} resources (Kafka's file sink, state running) through
 * the real provider process against the tests' real Kafka Connect worker (issue 16): the apply a self-managed
 * department's first run makes, then the destroy that removes them. Each create is {@code POST /connectors} with
 * {@code initial_state} followed by waiting until the worker reports the state; Terraform runs 10 at a time (its
 * default {@code -parallelism}). One run per size: each is tens of seconds, and the worker's rebalances, not noise,
 * dominate. Runs inside {@link BenchmarkSuite}, or alone:
 * {@code java -cp <test classpath> dev.connectonboard.bench.ConnectorApplyBenchmark target/connect-onboard.jar 20,100}.
 */
final class ConnectorApplyBenchmark {
    static final int[] COUNTS = {20, 100};

    record Row(int connectors, Timed apply, Timed destroy) {
        double perConnectorMillis() {
            return apply.wallMillis() / connectors;
        }
    }

    /** @param workerStart how long the broker and worker took to start (the same sandbox the tests start) */
    record Result(Duration workerStart, List<Row> rows) {
        /** Apply wall time of the largest size over the smallest. */
        double ratio() {
            return rows.get(rows.size() - 1).apply().wallMillis() / rows.get(0).apply().wallMillis();
        }

        String figure() {
            Row small = rows.get(0);
            Row large = rows.get(rows.size() - 1);
            return String.format(Locale.ROOT, "%.1f s / %.1f s (x%.1f for x%d connectors)",
                    small.apply().wallMillis() / 1000, large.apply().wallMillis() / 1000, ratio(),
                    large.connectors() / small.connectors());
        }

        String note() {
            return String.format(Locale.ROOT, "real Kafka Connect worker (started in %.1f s), file sinks, "
                    + "parallelism 10; %.0f ms per connector at %d", workerStart.toMillis() / 1000.0,
                    rows.get(rows.size() - 1).perConnectorMillis(), rows.get(rows.size() - 1).connectors());
        }
    }

    private ConnectorApplyBenchmark() {
    }

    static Result run(Path jar, Path work, int[] counts) throws Exception {
        LiveKafkaConnect live = LiveKafkaConnect.shared();
        live.createTopics("bench.apply");
        Map<String, String> environment = ProviderBenchmark.terraformWithInstalledProvider(jar, work);
        Path platform = SyntheticInputs.platform(Files.createDirectories(work.resolve("inputs")));
        List<Row> rows = new ArrayList<>();
        for (int count : counts) {
            Path root = Files.createDirectories(work.resolve("apply-" + count));
            Files.writeString(root.resolve("main.tf"), root(live, platform, count, live.newOutputDir("bench-" + count)));
            List<String> apply = List.of("terraform", "apply", "-auto-approve", "-no-color", "-input=false");
            List<String> destroy = List.of("terraform", "destroy", "-auto-approve", "-no-color", "-input=false");
            rows.add(new Row(count, Timed.run(apply, root, environment, 0), Timed.run(destroy, root, environment, 0)));
        }
        return new Result(live.startTime(), rows);
    }

    private static String root(LiveKafkaConnect live, Path platform, int count, Path out) {
        Map<String, String> provider = new java.util.LinkedHashMap<>();
        provider.put("platform_file", ProviderHcl.quoted(platform));
        provider.put("connect_rest_url", ProviderHcl.quoted(live.restUrl()));
        provider.put("connect_rest_username", ProviderHcl.quoted(LiveKafkaConnect.USER));
        provider.put("connect_rest_password", ProviderHcl.quoted(LiveKafkaConnect.PASSWORD));
        return ProviderHcl.header(provider) + """
                resource "connectonboard_connector" "this" {
                  for_each = toset([for i in range(%d) : format("bench%d-c%%03d", i)])
                  name     = each.key
                  state    = "running"
                  config = {
                    "connector.class" = "org.apache.kafka.connect.file.FileStreamSinkConnector"
                    "tasks.max"       = "1"
                    "topics"          = "bench.apply"
                    "file"            = "%s/${each.key}.txt"
                  }
                }
                """.formatted(count, count, out);
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "target/connect-onboard.jar").toAbsolutePath();
        int[] counts = args.length > 1
                ? java.util.Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray() : COUNTS;
        Result result = run(jar, Files.createTempDirectory("connect-onboard-apply-bench"), counts);
        print(result);
        System.exit(0);
    }

    /** A table of its own: apply and destroy per size. */
    static void print(Result result) {
        System.out.printf(Locale.ROOT, "## Self-managed connectors: `terraform apply` through the provider on a real "
                + "Kafka Connect worker%n%nWorker (KRaft broker + distributed worker) started in %.1f s.%n%n"
                + "| connectors | apply, wall | apply, CPU | per connector | destroy, wall |%n"
                + "| ---: | ---: | ---: | ---: | ---: |%n", result.workerStart().toMillis() / 1000.0);
        for (Row row : result.rows()) {
            System.out.printf(Locale.ROOT, "| %d | %.1f s | %.1f s | %.0f ms | %.1f s |%n", row.connectors(),
                    row.apply().wallMillis() / 1000, row.apply().cpuMillis() / 1000, row.perConnectorMillis(),
                    row.destroy().wallMillis() / 1000);
        }
        System.out.printf(Locale.ROOT, "%nApply %d -> %d connectors: x%.1f.%n%n", result.rows().get(0).connectors(),
                result.rows().get(result.rows().size() - 1).connectors(), result.ratio());
    }
}
