package dev.connectonboard.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.connectonboard.confluent.ConfluentCloudClient;
import dev.connectonboard.confluent.RecordingSleeper;
import dev.connectonboard.confluent.TestClients;
import dev.connectonboard.descriptor.InputLoader;
import dev.connectonboard.descriptor.InputSet;
import dev.connectonboard.descriptor.model.QuotaPolicy;
import dev.connectonboard.quota.DepartmentPlan;
import dev.connectonboard.quota.DescriptorPlans;
import dev.connectonboard.quota.LiveState;
import dev.connectonboard.quota.LiveStateReader;
import dev.connectonboard.quota.QuotaCheck;
import dev.connectonboard.quota.QuotaEngine;
import dev.connectonboard.quota.QuotaReport;
import dev.connectonboard.quota.report.ReportFormat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.connectonboard.confluent.ConfluentFixtures.CLUSTER;
import static dev.connectonboard.confluent.ConfluentFixtures.CONNECTORS_PATH;
import static dev.connectonboard.confluent.ConfluentFixtures.ENV;
import static dev.connectonboard.confluent.ConfluentFixtures.fixture;

/**
 * Benchmark, not a test: the quota check over 10,000 live connectors in 200 departments, served by WireMock on
 * loopback. Each department declares 40 connectors and has 10 more live that no descriptor declares; half the
 * departments already have their service accounts. Prints, per phase, the best and median of several runs, and the
 * number of HTTP calls one check makes.
 *
 * <p>Run:
 * <pre>
 * mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) dev.connectonboard.bench.QuotaBenchmark
 * </pre>
 */
public final class QuotaBenchmark {
    private static final int DEPARTMENTS = 200;
    private static final int DECLARED_PER_DEPARTMENT = 40;
    private static final int LIVE_ONLY_PER_DEPARTMENT = 10;
    private static final int RUNS = 7;
    private static final ObjectMapper JSON = new ObjectMapper();

    private QuotaBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("quota-benchmark");
        Path platform = folder.resolve("platform.yaml");
        Path quotas = folder.resolve("quotas.yaml");
        Path departments = folder.resolve("departments");
        writeInputs(platform, quotas, departments);
        WireMockServer server = TestClients.loopbackServer();
        server.start();
        try {
            int listingBytes = stubCluster(server);
            System.out.printf(Locale.ROOT, "%d departments, %d live connectors (%d declared + %d live-only each),"
                            + " listing body %.1f MB%n", DEPARTMENTS, DEPARTMENTS * (DECLARED_PER_DEPARTMENT
                            + LIVE_ONLY_PER_DEPARTMENT), DECLARED_PER_DEPARTMENT, LIVE_ONLY_PER_DEPARTMENT,
                    listingBytes / 1e6);
            measure(server, platform, quotas, departments);
        } finally {
            server.stop();
        }
    }

    private static void measure(WireMockServer server, Path platformFile, Path quotasFile, Path departments)
            throws Exception {
        List<long[]> phases = new ArrayList<>();
        List<String> names = List.of("load descriptors", "read Confluent Cloud (HTTP + parse)",
                "evaluate (after the responses arrived)", "render text", "render json", "render junit",
                "render markdown", "whole check (QuotaCheck.run)");
        for (int i = 0; i < names.size(); i++) {
            phases.add(new long[RUNS]);
        }
        int calls = 0;
        QuotaReport report = null;
        for (int run = 0; run < RUNS; run++) {
            InputSet[] inputs = new InputSet[1];
            phases.get(0)[run] = time(() -> inputs[0] = InputLoader.load(List.of(platformFile, departments)));
            QuotaPolicy policy = InputLoader.load(List.of(quotasFile)).policyFrom(quotasFile).value();
            List<DepartmentPlan> plans = inputs[0].departments().stream()
                    .map(department -> DescriptorPlans.from(department, policy)).toList();
            server.resetRequests();
            LiveState[] live = new LiveState[1];
            try (ConfluentCloudClient client = TestClients.client(server.port(), new RecordingSleeper())) {
                phases.get(1)[run] = time(() -> live[0] = LiveStateReader.read(client, ENV, CLUSTER));
            }
            calls = server.getAllServeEvents().size();
            QuotaReport[] evaluated = new QuotaReport[1];
            phases.get(2)[run] = time(() -> evaluated[0] = QuotaEngine.evaluate("bench", ENV, CLUSTER, plans, live[0]));
            report = evaluated[0];
            int phase = 3;
            for (ReportFormat format : ReportFormat.values()) {
                QuotaReport rendered = report;
                phases.get(phase++)[run] = time(() -> format.render(rendered));
            }
            QuotaCheck check = new QuotaCheck(() -> TestClients.client(server.port(), new RecordingSleeper()));
            phases.get(phase)[run] = time(() -> check.run(new QuotaCheck.Request(platformFile, quotasFile,
                    List.of(departments), false)));
        }
        System.out.printf(Locale.ROOT, "HTTP calls per check: %d (1 connector listing, %s)%n", calls,
                "organization quotas, cluster quotas, service account pages");
        System.out.printf(Locale.ROOT, "verdict: %s, %d violations; %d runs, first run includes JIT warm-up%n",
                report.passed() ? "passed" : "failed", report.violationCount(), RUNS);
        for (int i = 0; i < names.size(); i++) {
            long[] nanos = phases.get(i);
            long[] later = Arrays.copyOfRange(nanos, 1, nanos.length);
            Arrays.sort(later);
            System.out.printf(Locale.ROOT, "  %-40s first %8.1f ms   best %8.1f ms   median %8.1f ms%n", names.get(i),
                    nanos[0] / 1e6, later[0] / 1e6, later[later.length / 2] / 1e6);
        }
    }

    private static long time(Callable<?> work) throws Exception {
        long start = System.nanoTime();
        work.call();
        return System.nanoTime() - start;
    }

    private static String prefix(int department) {
        return String.format(Locale.ROOT, "d%03d", department);
    }

    private static String connector(int department, int index) {
        return String.format(Locale.ROOT, "%s-conn-%02d", prefix(department), index);
    }

    private static void writeInputs(Path platform, Path quotas, Path departments) throws IOException {
        Files.writeString(platform, """
                apiVersion: connect-onboard/v1
                kind: Platform
                name: bench
                confluent:
                  organizationId: 5d1c8e7a-3b2f-4c9d-8e61-0a4f2b7c9d13
                  environmentId: %s
                  kafkaCluster: { id: %s, restEndpoint: "https://%s.eu-west-1.aws.private.confluent.cloud:443" }
                  cloud: AWS
                  region: eu-west-1
                aws: { accountId: "123456789012", region: eu-west-1 }
                terraform: { confluentProviderVersion: "~> 2.50", awsProviderVersion: "~> 5.100" }
                """.formatted(ENV, CLUSTER, CLUSTER));
        Files.writeString(quotas, """
                apiVersion: connect-onboard/v1
                kind: QuotaPolicy
                defaults:
                  maxConnectors: 60
                  maxTasks: 120
                  maxTasksPerConnector: 4
                  maxPrivateLinkEndpoints: 2
                  allowedConnectorClasses: [S3_SINK]
                """);
        Files.createDirectories(departments);
        for (int d = 0; d < DEPARTMENTS; d++) {
            StringBuilder yaml = new StringBuilder("""
                    apiVersion: connect-onboard/v1
                    kind: DepartmentOnboarding
                    department: { name: dept-%s, prefix: %s, owners: [team-%s@example.org] }
                    connect: { runtime: managed }
                    topics:
                      - { name: %s.events, partitions: 3 }
                    connectors:
                    """.formatted(prefix(d), prefix(d), prefix(d), prefix(d)));
            for (int c = 0; c < DECLARED_PER_DEPARTMENT; c++) {
                yaml.append("  - { name: ").append(connector(d, c)).append(", class: S3_SINK, tasks: 2, topics: [")
                        .append(prefix(d)).append(".events], config: { s3.bucket.name: ").append(prefix(d))
                        .append("-archive } }\n");
            }
            Files.writeString(departments.resolve(prefix(d) + ".yaml"), yaml);
        }
    }

    /** Stubs the cluster listing, quotas and service accounts; returns the listing's size in bytes. */
    private static int stubCluster(WireMockServer server) throws IOException {
        ObjectNode listing = JSON.createObjectNode();
        int id = 0;
        for (int d = 0; d < DEPARTMENTS; d++) {
            for (int c = 0; c < DECLARED_PER_DEPARTMENT + LIVE_ONLY_PER_DEPARTMENT; c++) {
                listing.set(connector(d, c), liveEntry(connector(d, c), "lcc-" + (100000 + id++)));
            }
        }
        String body = JSON.writeValueAsString(listing);
        server.stubFor(get(urlPathEqualTo(CONNECTORS_PATH)).willReturn(okJson(body)));
        server.stubFor(get(urlPathEqualTo("/service-quota/v1/applied-quotas")).withQueryParam("scope", equalTo("organization"))
                .withQueryParam("page_token", absent()).willReturn(okJson(fixture("applied-quotas-page1.json"))));
        server.stubFor(get(urlPathEqualTo("/service-quota/v1/applied-quotas")).withQueryParam("scope", equalTo("organization"))
                .withQueryParam("page_token", equalTo("dGVzdC1wYWdlLTItb2YtMg"))
                .willReturn(okJson(fixture("applied-quotas-page2.json"))));
        server.stubFor(get(urlPathEqualTo("/service-quota/v1/applied-quotas")).withQueryParam("scope", equalTo("kafka_cluster"))
                .willReturn(okJson(fixture("applied-quotas-kafka-cluster.json"))));
        List<String> accounts = new ArrayList<>();
        for (int d = 0; d < DEPARTMENTS; d += 2) {
            for (String suffix : List.of("connectors", "operators", "metrics-reader")) {
                accounts.add(prefix(d) + "-" + suffix);
            }
        }
        int pages = (accounts.size() + 99) / 100;
        for (int page = 0; page < pages; page++) {
            ObjectNode answer = JSON.createObjectNode();
            if (page + 1 < pages) {
                answer.putObject("metadata").put("next",
                        "https://api.confluent.cloud/iam/v2/service-accounts?page_size=100&page_token=p" + (page + 1));
            } else {
                answer.putObject("metadata");
            }
            ArrayNode data = answer.putArray("data");
            for (String name : accounts.subList(page * 100, Math.min(accounts.size(), page * 100 + 100))) {
                data.addObject().put("id", "sa-" + name).put("display_name", name);
            }
            server.stubFor(get(urlPathEqualTo("/iam/v2/service-accounts"))
                    .withQueryParam("page_token", page == 0 ? absent() : equalTo("p" + page))
                    .willReturn(okJson(answer.toString())));
        }
        return body.length();
    }

    private static ObjectNode liveEntry(String name, String id) {
        ObjectNode entry = JSON.createObjectNode();
        entry.putObject("id").put("id", id).put("id_type", "ID");
        ObjectNode info = entry.putObject("info");
        info.put("name", name);
        ObjectNode config = info.putObject("config");
        config.put("cloud.environment", "prod").put("cloud.provider", "aws").put("connector.class", "S3_SINK")
                .put("kafka.api.key", "****************").put("kafka.api.secret", "****************")
                .put("kafka.auth.mode", "KAFKA_API_KEY").put("kafka.region", "eu-west-1").put("name", name)
                .put("tasks.max", "2").put("topics", name.substring(0, 4) + ".events")
                .put("input.data.format", "AVRO").put("output.data.format", "PARQUET")
                .put("s3.bucket.name", name.substring(0, 4) + "-archive").put("time.interval", "HOURLY");
        info.put("type", "sink");
        ArrayNode infoTasks = info.putArray("tasks");
        ObjectNode status = entry.putObject("status");
        status.put("name", name);
        status.putObject("connector").put("state", "RUNNING").put("worker_id", name).put("trace", "");
        ArrayNode tasks = status.putArray("tasks");
        for (int task = 0; task < 2; task++) {
            infoTasks.addObject().put("connector", name).put("task", task);
            tasks.addObject().put("id", task).put("state", "RUNNING").put("worker_id", name).put("msg", "");
        }
        status.put("type", "sink");
        entry.putObject("extensions");
        return entry;
    }
}
