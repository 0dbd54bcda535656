package dev.connectonboard.bench;

import dev.connectonboard.provider.install.Installation;
import dev.connectonboard.provider.install.ProviderInstaller;
import dev.connectonboard.provider.plugin.StartupTrace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code terraform plan} of a department's root as {@code generate} writes it (one {@code connectonboard_quota} data
 * source, the department's own descriptor, offline) against the same plan without the provider, interleaved, with the
 * installed launcher and its class-data archive. Terraform starts the provider three times per plan (schema,
 * validate, plan); the provider's {@link StartupTrace} marks give each start's phases, summed per plan.
 */
final class ProviderBenchmark {
    /** Phases of one plan (three provider starts), wall milliseconds, in the order start-up runs them. */
    static final List<String> PHASES = List.of(
            "JVM start and class loading (to main)",
            "TLS identity (key, certificate) and TLS context (own threads)",
            "gRPC and Netty set-up (main thread, beside TLS)",
            "listening, handshake line",
            "TLS handshake with Terraform",
            "reading inputs (ConfigureProvider, ReadDataSource)",
            "Terraform's other calls and waits",
            "Shutdown to exit");

    record Row(int departments, Timed with, Timed without, Map<String, Double> phases, double providerCpuMillis,
               double jitCpuMillis) {
        double overheadWall() {
            return with.wallMillis() - without.wallMillis();
        }

        double overheadCpu() {
            return with.cpuMillis() - without.cpuMillis();
        }
    }

    private ProviderBenchmark() {
    }

    static List<Row> run(Path jar, Path work, int[] sizes, int runs) throws Exception {
        Map<String, String> environment = terraformWithInstalledProvider(jar, work);
        Path plain = Files.createDirectories(work.resolve("plain"));
        Files.writeString(plain.resolve("main.tf"), "output \"answer\" { value = 42 }\n");
        List<Row> rows = new ArrayList<>();
        for (int size : sizes) {
            Path inputs = Files.createDirectories(work.resolve("in-" + size));
            Path platform = SyntheticInputs.platform(inputs);
            Path departments = SyntheticInputs.departments(inputs, size, GenerationBenchmark.CONNECTORS_PER_DEPARTMENT);
            Path root = Files.createDirectories(work.resolve("root-" + size));
            writeRoot(root, platform, inputs.resolve("quotas.yaml"), departments.resolve("dept0.yaml"));
            List<Timed> with = new ArrayList<>();
            List<Timed> without = new ArrayList<>();
            List<Map<String, Double>> phases = new ArrayList<>();
            List<double[]> cpu = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                without.add(plan(plain, environment));
                Path trace = work.resolve("trace-" + size + "-" + run + ".txt");
                Map<String, String> traced = new HashMap<>(environment);
                traced.put(StartupTrace.ENVIRONMENT, trace.toString());
                with.add(plan(root, traced));
                Trace parsed = Trace.read(trace);
                phases.add(parsed.phases());
                cpu.add(new double[] {parsed.cpuMillis(), parsed.jitMillis()});
            }
            Map<String, Double> medians = new LinkedHashMap<>();
            for (String phase : PHASES) {
                medians.put(phase, Timed.median(phases.stream().mapToDouble(p -> p.getOrDefault(phase, 0.0))
                        .toArray()));
            }
            rows.add(new Row(size, Timed.median(with), Timed.median(without), medians,
                    Timed.median(cpu.stream().mapToDouble(c -> c[0]).toArray()),
                    Timed.median(cpu.stream().mapToDouble(c -> c[1]).toArray())));
        }
        return rows;
    }

    /**
     * Installs the provider from {@code jar} under {@code work} as a user would (launcher, class-data archive made by
     * {@code --prepare}) and returns the environment in which Terraform runs it: a CLI configuration with its
     * dev_overrides, its own cache folder, no update checks. Mutable, for callers that add to it.
     */
    static Map<String, String> terraformWithInstalledProvider(Path jar, Path work) throws Exception {
        Path cache = Files.createDirectories(work.resolve("cache"));
        Installation installation = new ProviderInstaller(ProviderInstaller.currentJava(), "0.1.0")
                .install(work.resolve("mirror"), new ProviderInstaller.CodeLocation(Optional.of(jar), List.of()));
        Map<String, String> environment = new HashMap<>(Map.of("XDG_CACHE_HOME", cache.toString(),
                "CHECKPOINT_DISABLE", "1", "TF_IN_AUTOMATION", "1"));
        Timed.run(List.of(installation.launcher().toString(), "--prepare"), work, environment, 0);
        Path cliConfig = work.resolve("terraform.tfrc");
        Files.writeString(cliConfig, installation.devOverridesSnippet());
        environment.put("TF_CLI_CONFIG_FILE", cliConfig.toString());
        return environment;
    }

    private static Timed plan(Path root, Map<String, String> environment) throws IOException, InterruptedException {
        return Timed.run(List.of("terraform", "plan", "-no-color", "-input=false"), root, environment, 0);
    }

    private static void writeRoot(Path root, Path platform, Path quotas, Path descriptor) throws IOException {
        Files.writeString(root.resolve("main.tf"), """
                terraform {
                  required_providers {
                    connectonboard = { source = "terraform.local/connect-onboard/connectonboard" }
                  }
                }
                provider "connectonboard" {
                  platform_file = "%s"
                  quotas_file   = "%s"
                  descriptors   = ["%s"]
                }
                data "connectonboard_quota" "this" {
                  department = "dept0"
                  offline    = true
                }
                output "headroom" { value = data.connectonboard_quota.this.headroom }
                """.formatted(platform, quotas, descriptor));
    }

    /** One plan's trace: the marks of each provider process Terraform started, in the order they started. */
    record Trace(Map<String, Double> phases, double cpuMillis, double jitMillis) {
        static Trace read(Path file) throws IOException {
            Map<String, Map<String, long[]>> byProcess = new LinkedHashMap<>();
            Map<String, Double> phases = new LinkedHashMap<>();
            double jit = 0;
            for (String line : Files.readAllLines(file)) {
                String[] fields = line.split(" ");
                if (fields[1].equals("threads")) {
                    for (String entry : fields[2].split(",")) {
                        String[] nameAndMicros = entry.split("=");
                        if (nameAndMicros[0].startsWith("C-Compiler")) {
                            jit += Long.parseLong(nameAndMicros[1]) / 1000.0;
                        }
                    }
                    continue;
                }
                byProcess.computeIfAbsent(fields[0], pid -> new LinkedHashMap<>())
                        .put(fields[1], new long[] {Long.parseLong(fields[2]), Long.parseLong(fields[3])});
            }
            double cpu = 0;
            for (Map<String, long[]> marks : byProcess.values()) {
                add(phases, PHASES.get(0), between(marks, "launched", "main"));
                // the identity and the context are made on threads of their own: TLS is ready when both are
                String tls = wall(marks, "tls-identity") > wall(marks, "tls-context") ? "tls-identity" : "tls-context";
                add(phases, PHASES.get(1), between(marks, "main", tls));
                add(phases, PHASES.get(2), between(marks, "main", "grpc-services"));
                String ready = wall(marks, tls) > wall(marks, "grpc-services") ? tls : "grpc-services";
                add(phases, PHASES.get(3), between(marks, ready, "handshake"));
                add(phases, PHASES.get(4), between(marks, "handshake", "transport-ready"));
                double reading = between(marks, "call-ConfigureProvider", "answered-ConfigureProvider")
                        + between(marks, "call-ReadDataSource", "answered-ReadDataSource");
                add(phases, PHASES.get(5), reading);
                add(phases, PHASES.get(6), between(marks, "transport-ready", "shutdown-requested") - reading);
                add(phases, PHASES.get(7), between(marks, "shutdown-requested", "stopped"));
                cpu += marks.getOrDefault("stopped", new long[] {0, 0})[1] / 1000.0;
            }
            return new Trace(phases, cpu, jit);
        }

        private static void add(Map<String, Double> phases, String phase, double millis) {
            phases.merge(phase, millis, Double::sum);
        }

        private static long wall(Map<String, long[]> marks, String phase) {
            long[] mark = marks.get(phase);
            return mark == null ? 0 : mark[0];
        }

        private static double between(Map<String, long[]> marks, String from, String to) {
            long[] start = marks.get(from);
            long[] end = marks.get(to);
            return start == null || end == null ? 0 : (end[0] - start[0]) / 1000.0;
        }
    }
}
