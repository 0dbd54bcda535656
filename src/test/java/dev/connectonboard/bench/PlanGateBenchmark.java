package dev.connectonboard.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.connectonboard.descriptor.InputLoader;
import dev.connectonboard.plangate.PlanCheck;
import dev.connectonboard.plangate.PlanGateReport;
import dev.connectonboard.plangate.PlanReader;
import dev.connectonboard.plangate.report.PlanReportFormat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * Benchmark, not a test: {@code plan check} of one department plan of 10,000 resource instances (2,500 topics,
 * 1,000 connectors each with a DLQ topic, 5,000 ACLs, 1,500 other), written the way {@code terraform show -json}
 * writes it (each resource in resource_changes, planned_values and prior_state, plus configuration). The plan
 * deletes 5 topics (3 acknowledged), replaces 5, renames 5 connectors, updates 50 and leaves the rest unchanged.
 * Prints the check in process (first run in this JVM, then best and median of the warm runs, by phase) and the
 * whole command in a fresh JVM as a pipeline runs it, next to a fresh JVM doing nothing but start ({@code --version}).
 *
 * <p>Run alone: {@code java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt)
 * dev.connectonboard.bench.PlanGateBenchmark} (after building the jar and the test classpath, see QuotaBenchmark).
 */
public final class PlanGateBenchmark {
    static final int TOPICS = 2_500;
    static final int CONNECTORS = 1_000;
    static final int ACLS = 5_000;
    static final int OTHERS = 1_500;
    private static final int RUNS = 7;
    private static final String PREFIX = "big";
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private PlanGateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("plan-gate-benchmark");
        Path jar = Path.of(args.length > 0 ? args[0] : "target/connect-onboard.jar");
        Path platform = writePlatform(work.resolve("platform.yaml"));
        Path descriptor = writeDescriptor(work.resolve("departments").resolve("big.yaml"));
        Path plan = work.resolve("big.plan.json");
        int resources = writePlan(plan);
        System.out.printf(Locale.ROOT, "One plan of %,d resource instances, %.1f MB of JSON; descriptor %d KB%n",
                resources, Files.size(plan) / 1e6, Files.size(descriptor) / 1024);
        measureInProcess(platform, descriptor, plan);
        if (Files.isRegularFile(jar)) {
            measureFreshJvm(jar, platform, descriptor, plan);
        } else {
            System.out.println("(no " + jar + ": build it with mvn -DskipTests package for the fresh-JVM figures)");
        }
    }

    private static void measureInProcess(Path platform, Path descriptor, Path plan) throws Exception {
        List<String> names = new ArrayList<>(List.of("read plan (PlanReader)", "load descriptors", "whole check "
                + "(PlanCheck.run)"));
        for (PlanReportFormat format : PlanReportFormat.values()) {
            names.add("render " + format);
        }
        List<long[]> phases = new ArrayList<>();
        names.forEach(n -> phases.add(new long[RUNS]));
        PlanGateReport report = null;
        for (int run = 0; run < RUNS; run++) {
            phases.get(0)[run] = time(() -> PlanReader.read(plan));
            phases.get(1)[run] = time(() -> InputLoader.load(List.of(platform, descriptor)));
            PlanGateReport[] checked = new PlanGateReport[1];
            phases.get(2)[run] = time(() -> checked[0] = new PlanCheck().run(new PlanCheck.Request(platform,
                    List.of(plan), List.of(descriptor))));
            report = checked[0];
            int phase = 3;
            for (PlanReportFormat format : PlanReportFormat.values()) {
                PlanGateReport rendered = report;
                phases.get(phase++)[run] = time(() -> format.render(rendered));
            }
        }
        System.out.printf(Locale.ROOT, "verdict: %s, %d blocking, %d acknowledged, %d unchanged; CPU time of %d runs, "
                        + "the first includes class loading and JIT warm-up%n", report.passed() ? "passed" : "failed",
                report.blockingCount(), report.acknowledgedCount(), report.departments().get(0).unchanged(), RUNS);
        for (int i = 0; i < names.size(); i++) {
            long[] nanos = phases.get(i);
            long[] later = Arrays.copyOfRange(nanos, 1, nanos.length);
            Arrays.sort(later);
            System.out.printf(Locale.ROOT, "  %-34s first %8.1f ms   best %8.1f ms   median %8.1f ms%n", names.get(i),
                    nanos[0] / 1e6, later[0] / 1e6, later[later.length / 2] / 1e6);
        }
    }

    /**
     * The command as CI runs it, in a fresh JVM with the launcher's flags, without and with the launcher's
     * application class-data archive; against a fresh JVM that only starts ({@code --version}). CPU time (user +
     * system, all threads) is the figure to read on a shared machine; wall time is printed beside it.
     */
    /** Milliseconds of a fresh {@code plan check} after start-up: the check's medians minus {@code --version}'s. */
    record AfterStartup(double wallMillis, double cpuMillis) {
    }

    /**
     * For the benchmark suite's one table: {@code plan check} of the 10,000-instance plan in a fresh JVM with the
     * launcher's archive, wall and CPU milliseconds after start-up (the check minus {@code --version}), median of 5.
     */
    static AfterStartup checkAfterStartup(Path jar) throws Exception {
        Path work = Files.createTempDirectory("plan-gate-benchmark");
        Path platform = writePlatform(work.resolve("platform.yaml"));
        Path descriptor = writeDescriptor(work.resolve("departments").resolve("big.yaml"));
        Path plan = work.resolve("big.plan.json");
        writePlan(plan);
        return measureFreshJvm(jar, platform, descriptor, plan);
    }

    private static AfterStartup measureFreshJvm(Path jar, Path platform, Path descriptor, Path plan)
            throws Exception {
        List<String> check = List.of("plan", "check", "--platform", platform.toString(), "--plan", plan.toString(),
                "--format", "sarif", "--output", plan.resolveSibling("out.sarif").toString(), descriptor.toString());
        Path archive = plan.resolveSibling("connect-onboard.jsa");
        // the launcher's flags, and its archive as the launcher records it: by the command's own first run
        List<String> launcher = ColdGenerateBenchmark.LAUNCHER_FLAGS;
        List<String> recording = new ArrayList<>(launcher);
        recording.add("-XX:ArchiveClassesAtExit=" + archive);
        fresh(jar, recording, check, 1);
        AfterStartup afterStartup = null;
        for (boolean cds : new boolean[] {false, true}) {
            List<String> flags = new ArrayList<>(launcher);
            if (cds) {
                flags.add("-XX:SharedArchiveFile=" + archive);
            }
            double[][] startOnly = new double[5][];
            double[][] checked = new double[5][];
            for (int i = 0; i < 5; i++) {
                startOnly[i] = fresh(jar, flags, List.of("--version"), 0);
                checked[i] = fresh(jar, flags, check, 1);
            }
            double checkCpu = column(checked, 1)[2];
            double startCpu = column(startOnly, 1)[2];
            System.out.printf(Locale.ROOT, "Fresh JVM, the launcher's flags, %s, median of 5: plan check "
                            + "--format sarif %.0f ms CPU (%.0f ms wall), --version %.0f ms CPU (%.0f ms wall): the check after "
                            + "start-up %.0f ms CPU%n", cds ? "launcher's class-data archive" : "no class-data archive",
                    checkCpu, column(checked, 0)[2], startCpu, column(startOnly, 0)[2], checkCpu - startCpu);
            afterStartup = new AfterStartup(column(checked, 0)[2] - column(startOnly, 0)[2], checkCpu - startCpu);
        }
        return afterStartup;
    }

    private static double[] column(double[][] rows, int index) {
        double[] values = Arrays.stream(rows).mapToDouble(r -> r[index]).toArray();
        Arrays.sort(values);
        return values;
    }

    /** Wall and CPU (user + system) milliseconds of one fresh JVM, measured by GNU time. */
    private static double[] fresh(Path jar, List<String> flags, List<String> command, int expectedExit)
            throws IOException, InterruptedException {
        Path times = Files.createTempFile("plan-gate-time", ".txt");
        List<String> full = new ArrayList<>(List.of("/usr/bin/time", "-o", times.toString(), "-f", "%e %U %S"));
        full.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        full.addAll(flags);
        full.add("-jar");
        full.add(jar.toString());
        full.addAll(command);
        Process process = new ProcessBuilder(full).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != expectedExit) {
            throw new IllegalStateException("unexpected exit or hang: " + String.join(" ", full));
        }
        String[] fields = Files.readAllLines(times).get(Files.readAllLines(times).size() - 1).trim().split(" ");
        Files.delete(times);
        return new double[] {Double.parseDouble(fields[0]) * 1000,
                (Double.parseDouble(fields[1]) + Double.parseDouble(fields[2])) * 1000};
    }

    /**
     * CPU time of this thread doing the work: the machine is shared, so wall time measures the neighbours too. The
     * check is single-threaded (one descriptor file, one plan), so this is all the CPU it uses.
     */
    private static long time(Callable<?> work) throws Exception {
        long start = THREADS.getCurrentThreadCpuTime();
        work.call();
        return THREADS.getCurrentThreadCpuTime() - start;
    }

    private static Path writePlatform(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, """
                apiVersion: connect-onboard/v1
                kind: Platform
                name: bench
                confluent:
                  organizationId: 5d1c8e7a-3b2f-4c9d-8e61-0a4f2b7c9d13
                  environmentId: env-m2x7qk
                  kafkaCluster: { id: lkc-9v3d7p, restEndpoint: "https://lkc-9v3d7p.eu-west-1.aws.private.confluent.cloud:443" }
                  cloud: AWS
                  region: eu-west-1
                aws: { accountId: "123456789012", region: eu-west-1 }
                terraform: { confluentProviderVersion: "~> 2.83", awsProviderVersion: "~> 5.100" }
                """);
    }

    static String topic(int i) {
        return String.format(Locale.ROOT, "%s.t%04d", PREFIX, i);
    }

    static String connector(int i) {
        return String.format(Locale.ROOT, "%s-c%04d-s3-sink", PREFIX, i);
    }

    /** Declares topics 0..2494 (2495..2499 are removed) and connectors 0..994 plus 5 renamed ones. */
    private static Path writeDescriptor(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        StringBuilder yaml = new StringBuilder("""
                apiVersion: connect-onboard/v1
                kind: DepartmentOnboarding
                department: { name: big, prefix: big, owners: [big-data@example.org] }
                connect: { runtime: managed }
                topics:
                """);
        for (int t = 0; t < TOPICS - 5; t++) {
            yaml.append("  - { name: ").append(topic(t)).append(", partitions: ").append(t % 100 < 5 ? 3 : 6)
                    .append(" }\n");
        }
        yaml.append("connectors:\n");
        for (int c = 0; c < CONNECTORS; c++) {
            String name = c >= CONNECTORS - 5 ? connector(c) + "-v2" : connector(c);
            yaml.append("  - { name: ").append(name).append(", class: S3_SINK, topics: [").append(topic(c))
                    .append("], config: { s3.bucket.name: big-archive }, errors: { tolerance: all, deadLetterQueue: "
                            + "true } }\n");
        }
        yaml.append("acknowledgements:\n");
        for (int t = TOPICS - 5; t < TOPICS - 2; t++) {
            yaml.append("  - { topic: ").append(topic(t)).append(", action: delete, reason: \"retired (CHG-")
                    .append(t).append(")\" }\n");
        }
        return Files.writeString(file, yaml);
    }

    /** Writes the plan as Terraform lays it out; returns the number of resource instances. */
    private static int writePlan(Path file) throws IOException {
        List<Instance> instances = new ArrayList<>();
        for (int t = 0; t < TOPICS; t++) {
            String action = t >= TOPICS - 5 ? "delete" : t % 100 < 5 && t < 500 ? "replace" : t % 100 == 50 ? "update"
                    : "no-op";
            instances.add(new Instance("module.department.module.topics", "confluent_kafka_topic", "department",
                    topic(t), action, Kind.TOPIC, topic(t)));
        }
        for (int c = 0; c < CONNECTORS; c++) {
            boolean renamed = c >= CONNECTORS - 5;
            String name = connector(c);
            instances.add(new Instance("module.department.module.connectors[0]", "confluent_connector", "this", name,
                    renamed ? "delete" : c % 100 == 7 ? "update" : "no-op", Kind.CONNECTOR, name));
            String dlq = PREFIX + ".dlq." + name;
            instances.add(new Instance("module.department.module.topics", "confluent_kafka_topic", "dlq", dlq,
                    renamed ? "delete" : "no-op", Kind.TOPIC, dlq));
            if (renamed) {
                instances.add(new Instance("module.department.module.connectors[0]", "confluent_connector", "this",
                        name + "-v2", "create", Kind.CONNECTOR, name + "-v2"));
            }
        }
        for (int a = 0; a < ACLS; a++) {
            String key = "topic-read-" + topic(a % TOPICS) + "-" + a;
            instances.add(new Instance("module.department.module.service_accounts", "confluent_kafka_acl",
                    "connectors", key, "no-op", Kind.ACL, topic(a % TOPICS)));
        }
        int others = 10_000 - instances.size();
        for (int o = 0; o < Math.max(others, 0); o++) {
            instances.add(new Instance("module.department.module.service_accounts", "confluent_role_binding",
                    "operators", "binding-" + o, "no-op", Kind.OTHER, "binding-" + o));
        }
        JsonFactory factory = new JsonFactory();
        try (OutputStream out = Files.newOutputStream(file); JsonGenerator json = factory.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("format_version", "1.2");
            json.writeStringField("terraform_version", "1.11.4");
            json.writeObjectFieldStart("planned_values");
            json.writeObjectFieldStart("outputs");
            json.writeObjectFieldStart("connect_onboard");
            json.writeBooleanField("sensitive", false);
            json.writeObjectFieldStart("value");
            json.writeStringField("department", "big");
            json.writeStringField("platform", "bench");
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();
            json.writeObjectFieldStart("root_module");
            json.writeArrayFieldStart("resources");
            for (Instance instance : instances) {
                if (!instance.action.equals("delete")) {
                    json.writeStartObject();
                    json.writeStringField("address", instance.address());
                    json.writeStringField("type", instance.type);
                    json.writeFieldName("values");
                    values(json, instance, true);
                    json.writeEndObject();
                }
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
            json.writeArrayFieldStart("resource_changes");
            for (Instance instance : instances) {
                change(json, instance);
            }
            json.writeEndArray();
            json.writeObjectFieldStart("prior_state");
            json.writeObjectFieldStart("values");
            json.writeObjectFieldStart("root_module");
            json.writeArrayFieldStart("resources");
            for (Instance instance : instances) {
                if (!instance.action.equals("create")) {
                    json.writeStartObject();
                    json.writeStringField("address", instance.address());
                    json.writeFieldName("values");
                    values(json, instance, false);
                    json.writeEndObject();
                }
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();
            json.writeObjectFieldStart("configuration");
            json.writeObjectFieldStart("root_module");
            json.writeObjectFieldStart("module_calls");
            json.writeObjectFieldStart("department");
            json.writeStringField("source", "../../modules/department");
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();
        }
        return instances.size();
    }

    private enum Kind { TOPIC, CONNECTOR, ACL, OTHER }

    private record Instance(String module, String type, String name, String key, String action, Kind kind,
                            String label) {
        String address() {
            return module + "." + type + "." + name + "[\"" + key + "\"]";
        }
    }

    private static void change(JsonGenerator json, Instance instance) throws IOException {
        json.writeStartObject();
        json.writeStringField("address", instance.address());
        json.writeStringField("module_address", instance.module);
        json.writeStringField("mode", "managed");
        json.writeStringField("type", instance.type);
        json.writeStringField("name", instance.name);
        json.writeStringField("index", instance.key);
        json.writeStringField("provider_name", "registry.terraform.io/confluentinc/confluent");
        json.writeObjectFieldStart("change");
        json.writeArrayFieldStart("actions");
        switch (instance.action) {
            case "replace" -> {
                json.writeString("delete");
                json.writeString("create");
            }
            default -> json.writeString(instance.action);
        }
        json.writeEndArray();
        json.writeFieldName("before");
        if (instance.action.equals("create")) {
            json.writeNull();
        } else {
            values(json, instance, false);
        }
        json.writeFieldName("after");
        if (instance.action.equals("delete")) {
            json.writeNull();
        } else {
            values(json, instance, true);
        }
        json.writeObjectFieldStart("after_unknown");
        json.writeEndObject();
        json.writeObjectFieldStart("before_sensitive");
        if (instance.kind == Kind.CONNECTOR) {
            json.writeBooleanField("config_sensitive", true);
        }
        json.writeEndObject();
        json.writeObjectFieldStart("after_sensitive");
        if (instance.kind == Kind.CONNECTOR) {
            json.writeBooleanField("config_sensitive", true);
        }
        json.writeEndObject();
        if (instance.action.equals("replace")) {
            json.writeArrayFieldStart("replace_paths");
            json.writeStartArray();
            json.writeString("partitions_count");
            json.writeEndArray();
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    /** Attribute values of the kind each type has; "after" differs where the change is an update or replace. */
    private static void values(JsonGenerator json, Instance instance, boolean after) throws IOException {
        boolean changed = after && !instance.action.equals("no-op");
        json.writeStartObject();
        switch (instance.kind) {
            case TOPIC -> {
                json.writeStringField("id", "lkc-9v3d7p/" + instance.label);
                json.writeStringField("topic_name", instance.label);
                json.writeNumberField("partitions_count", changed && instance.action.equals("replace") ? 3
                        : changed ? 12 : 6);
                json.writeObjectFieldStart("config");
                json.writeStringField("retention.ms", "604800000");
                json.writeStringField("cleanup.policy", "delete");
                json.writeEndObject();
            }
            case CONNECTOR -> {
                json.writeStringField("id", "lcc-" + Math.abs(instance.label.hashCode()));
                json.writeObjectFieldStart("config_nonsensitive");
                json.writeStringField("name", instance.label);
                json.writeStringField("connector.class", "S3_SINK");
                json.writeStringField("tasks.max", changed ? "2" : "1");
                json.writeStringField("topics", "big.t0001");
                json.writeStringField("kafka.auth.mode", "SERVICE_ACCOUNT");
                json.writeStringField("kafka.service.account.id", "sa-abc123");
                json.writeStringField("s3.bucket.name", "big-archive");
                json.writeStringField("input.data.format", "AVRO");
                json.writeStringField("output.data.format", "PARQUET");
                json.writeStringField("time.interval", "HOURLY");
                json.writeStringField("flush.size", "1000");
                json.writeStringField("errors.tolerance", "all");
                json.writeStringField("errors.deadletterqueue.topic.name", PREFIX + ".dlq." + instance.label);
                json.writeEndObject();
                json.writeObjectFieldStart("config_sensitive");
                json.writeStringField("aws.secret.access.key", "not-a-real-secret-but-marked-sensitive");
                json.writeEndObject();
                json.writeStringField("status", "RUNNING");
            }
            case ACL -> {
                json.writeStringField("id", "lkc-9v3d7p#" + instance.key);
                json.writeStringField("resource_type", "TOPIC");
                json.writeStringField("resource_name", instance.label);
                json.writeStringField("pattern_type", "LITERAL");
                json.writeStringField("principal", "User:sa-abc123");
                json.writeStringField("host", "*");
                json.writeStringField("operation", "READ");
                json.writeStringField("permission", "ALLOW");
            }
            case OTHER -> {
                json.writeStringField("id", "rb-" + instance.key);
                json.writeStringField("role_name", "DeveloperRead");
                json.writeStringField("crn_pattern", "crn://confluent.cloud/organization=x/environment=env-m2x7qk/"
                        + "cloud-cluster=lkc-9v3d7p/kafka=lkc-9v3d7p/topic=" + PREFIX + ".*");
                json.writeStringField("principal", "User:sa-def456");
            }
        }
        json.writeEndObject();
    }
}
