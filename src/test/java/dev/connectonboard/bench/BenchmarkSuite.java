package dev.connectonboard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs every benchmark and prints Markdown tables: {@code mvn -B -Pbench verify}. Not a test: nothing here can fail a
 * build because a machine is slow. Arguments: department counts, e.g. {@code 1,10,100,1000} (the default).
 */
public final class BenchmarkSuite {
    private BenchmarkSuite() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length > 0
                ? java.util.Arrays.stream(args[0].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {1, 10, 100, 1000};
        Path project = Path.of("").toAbsolutePath();
        Path work = Files.createTempDirectory("connect-onboard-bench");
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("# connect-onboard benchmarks%n%nMachine: %d cores, max heap %d MiB, %s %s, Java %s%n%n",
                runtime.availableProcessors(), runtime.maxMemory() / (1024 * 1024), System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version"));

        Path jar = project.resolve("target/connect-onboard.jar");
        System.out.printf("Load average at start: %s%n%n", loadAverage());
        printOneTable(jar, project, work, sizes);

        List<GenerationBenchmark.Row> generation = GenerationBenchmark.run(work.resolve("generation"),
                project.resolve("modules"), sizes, 3);
        printGeneration(generation);

        Path startupWork = Files.createDirectories(work.resolve("startup"));
        Path platform = SyntheticInputs.platform(startupWork);
        Path descriptor = SyntheticInputs.departments(startupWork, 1, 10).resolve("dept0.yaml");
        List<StartupBenchmark.Row> startup = StartupBenchmark.run(project.resolve("target/connect-onboard.jar"),
                startupWork, platform, descriptor, 7);
        System.out.println("## CLI start-up: `validate` of one descriptor (fresh JVM, median of 7)\n");
        System.out.println("| variant | wall time |\n| --- | ---: |");
        startup.forEach(r -> System.out.printf(Locale.ROOT, "| %s | %.0f ms |%n", r.variant(), r.medianMillis()));
        System.out.println();
        ExtraBenchmarks.runAll(work, project);
    }

    /**
     * The table {@code mvn -B -Pbench verify} is for: cold {@code generate} with {@code terraform fmt} beside it, the
     * provider's cost per {@code terraform plan} by phase, and the plan gate, at every size, with ratios per step.
     */
    private static void printOneTable(Path jar, Path project, Path work, int[] sizes) throws Exception {
        if (!Timed.available() || dev.connectonboard.testsupport.TerraformCli.find().isEmpty()) {
            System.out.println("(the table needs GNU time at /usr/bin/time and terraform on the PATH)\n");
            return;
        }
        int runs = 5;
        List<ColdGenerateBenchmark.Row> generate = ColdGenerateBenchmark.run(jar, project.resolve("modules"),
                Files.createDirectories(work.resolve("cold-generate")), sizes, 3);
        ColdGenerateBenchmark.Floor floor = ColdGenerateBenchmark.floor(jar, work.resolve("cold-generate"),
                sizes[sizes.length - 1], 3);
        List<ProviderBenchmark.Row> provider = ProviderBenchmark.run(jar,
                Files.createDirectories(work.resolve("provider")), sizes, runs);
        PlanGateBenchmark.AfterStartup planCheck = PlanGateBenchmark.checkAfterStartup(jar);
        TlsFloorBenchmark.Result tlsFloor = TlsFloorBenchmark.available()
                ? TlsFloorBenchmark.run(jar, work.resolve("tls-floor"), runs * 3) : null;

        int largest = sizes[sizes.length - 1];
        ColdGenerateBenchmark.Row last = generate.get(generate.size() - 1);
        ProviderBenchmark.Row worst = provider.stream()
                .max(java.util.Comparator.comparingDouble(ProviderBenchmark.Row::overheadWall)).orElseThrow();
        System.out.printf(Locale.ROOT, "## All benchmarks by department count (10 connectors each)%n%n"
                + "Fresh processes as users run them; medians of 3 (generate, fmt) and %d (terraform plan) runs; "
                + "(xN) = ratio to the previous column, a step of 10x the departments. CPU = user + system time of "
                + "the command and its children: read it on a shared machine, where wall time also measures the "
                + "neighbours. Load average at the end: %s.%n%n", runs, loadAverage());
        GrowthTable table = new GrowthTable(sizes);
        table.row("`generate`, cold, wall", generate, r -> r.generate().wallMillis(), GrowthTable.Unit.SECONDS,
                GrowthTable.verdict("<= 2.0 s at " + largest, last.generate().wallMillis() <= 2000,
                        GrowthTable.Unit.SECONDS.format(last.generate().wallMillis())));
        table.row("`generate`, cold, CPU", generate, r -> r.generate().cpuMillis(), GrowthTable.Unit.SECONDS, "");
        table.row("`generate`, peak RSS", generate, r -> r.generate().peakRssKib(), GrowthTable.Unit.MIB,
                GrowthTable.verdict("<= 512 MiB", last.generate().peakRssKib() <= 512 * 1024,
                        GrowthTable.Unit.MIB.format(last.generate().peakRssKib())));
        Map<String, String> phaseNames = Map.of("jvm", "JVM start to `main`", "load", "reading and validating inputs",
                "render", "rendering", "write", "writing (staged, then renamed)");
        for (String phase : ColdGenerateBenchmark.PHASES) {
            table.row("- " + phaseNames.get(phase) + ", wall", generate, r -> r.phases().get(phase)[0],
                    GrowthTable.Unit.MILLIS, "");
            table.row("- " + phaseNames.get(phase) + ", CPU", generate, r -> r.phases().get(phase)[1],
                    GrowthTable.Unit.MILLIS, "");
        }
        double floorWall = floor.jvmStart().wallMillis() + floor.readInputs().wallMillis()
                + floor.writeOutput().wallMillis();
        table.single("floor for `generate`: JVM start (`--version`) + `cat` of the inputs + `cp -r` of the output, wall",
                GrowthTable.Unit.SECONDS.format(floorWall), "`generate` is " + GrowthTable.Unit.RATIO.format(
                        last.generate().wallMillis() / floorWall) + " the floor");
        table.row("output written", generate, r -> r.outputBytes(), GrowthTable.Unit.MB, "");
        table.row("`terraform fmt -check` on that output, wall", generate, r -> r.fmt().wallMillis(),
                GrowthTable.Unit.SECONDS, "");
        table.row("`generate` / `terraform fmt`, wall", generate,
                r -> r.generate().wallMillis() / r.fmt().wallMillis(), GrowthTable.Unit.RATIO,
                GrowthTable.verdict("<= 0.3x at " + largest, last.generate().wallMillis() / last.fmt().wallMillis()
                        <= 0.3, GrowthTable.Unit.RATIO.format(last.generate().wallMillis() / last.fmt().wallMillis())));
        table.row("`terraform plan` without the provider, wall", provider, r -> r.without().wallMillis(),
                GrowthTable.Unit.MILLIS, "");
        table.row("`terraform plan`, one `connectonboard_quota` (offline), wall", provider,
                r -> r.with().wallMillis(), GrowthTable.Unit.MILLIS, "");
        table.row("provider overhead per plan (difference), wall", provider, ProviderBenchmark.Row::overheadWall,
                GrowthTable.Unit.MILLIS, GrowthTable.verdict("<= 1.0 s", worst.overheadWall() <= 1000,
                        "worst " + GrowthTable.Unit.MILLIS.format(worst.overheadWall())));
        table.row("provider overhead per plan, CPU", provider, ProviderBenchmark.Row::overheadCpu,
                GrowthTable.Unit.MILLIS, "");
        for (String phase : ProviderBenchmark.PHASES) {
            table.row("- " + phase + ", 3 starts, wall", provider, r -> r.phases().get(phase),
                    GrowthTable.Unit.MILLIS, "");
        }
        table.row("- provider CPU, 3 processes (of it JIT compiler threads: next row)", provider,
                ProviderBenchmark.Row::providerCpuMillis, GrowthTable.Unit.MILLIS, "");
        table.row("- JIT compiler threads, CPU", provider, ProviderBenchmark.Row::jitCpuMillis,
                GrowthTable.Unit.MILLIS, "");
        if (tlsFloor != null) {
            table.single("floor per plan: 3 starts of a JVM that only starts and completes the mutual-TLS handshake "
                            + "(no gRPC, no provider), wall / CPU",
                    GrowthTable.Unit.MILLIS.format(tlsFloor.perPlanWallMillis()) + " / "
                            + GrowthTable.Unit.MILLIS.format(tlsFloor.perPlanCpuMillis()),
                    "the 1.0 s target less this floor is what a JVM provider has for gRPC and its work; per start "
                            + GrowthTable.Unit.MILLIS.format(tlsFloor.perStart().wallMillis())
                            + " (wall includes openssl's own start, ~30 ms)");
        }
        // the figures and targets are wall time on two cores; the CPU beside it is the figure a shared
        // machine keeps honest
        table.single("`plan check`, one plan of 10,000 resources, after start-up (fresh JVM, archive), wall / CPU",
                GrowthTable.Unit.MILLIS.format(planCheck.wallMillis()) + " / "
                        + GrowthTable.Unit.MILLIS.format(planCheck.cpuMillis()),
                GrowthTable.verdict("< 1 s wall", planCheck.wallMillis() < 1000,
                        GrowthTable.Unit.MILLIS.format(planCheck.wallMillis())));
        ConnectorApplyBenchmark.Result apply = ConnectorApplyBenchmark.run(jar,
                Files.createDirectories(work.resolve("connector-apply")), ConnectorApplyBenchmark.COUNTS);
        table.single("`connectonboard_connector` apply, 20 then 100 self-managed connectors", apply.figure(),
                apply.note());
        table.print();
        double floorMillis = floor.jvmStart().wallMillis() + floor.readInputs().wallMillis()
                + floor.writeOutput().wallMillis();
        System.out.printf(Locale.ROOT, "%nFloor for `generate` at %,d departments (same machine, same run): JVM start "
                        + "of the same jar with the archive (`--version`) %.2f s wall / %.2f s CPU, reading the %,d "
                        + "input files (`cat`) %.2f s, writing the %,d output files (`cp -r`, %.1f MB) %.2f s wall / "
                        + "%.2f s CPU: %.2f s together; `generate` took %.2f s wall (%.1fx the floor).%n%n",
                floor.departments(), floor.jvmStart().wallMillis() / 1000, floor.jvmStart().cpuMillis() / 1000,
                floor.departments(), floor.readInputs().wallMillis() / 1000, last.files(), last.outputBytes() / 1e6,
                floor.writeOutput().wallMillis() / 1000, floor.writeOutput().cpuMillis() / 1000, floorMillis / 1000,
                last.generate().wallMillis() / 1000, last.generate().wallMillis() / floorMillis);
    }

    private static String loadAverage() {
        try {
            return String.join(" ", java.util.Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static void printGeneration(List<GenerationBenchmark.Row> rows) {
        System.out.printf("## Generation (%d connectors per department, all features, best of 3)%n%n",
                GenerationBenchmark.CONNECTORS_PER_DEPARTMENT);
        System.out.println("| departments | files | wall time | departments/s | connectors/s | peak heap |"
                + " terraform fmt -check | fmt / generate |");
        System.out.println("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (GenerationBenchmark.Row r : rows) {
            String fmt = r.fmtSeconds() == null ? "terraform missing" : String.format(Locale.ROOT, "%.2f s",
                    r.fmtSeconds());
            String ratio = r.fmtSeconds() == null ? "-" : String.format(Locale.ROOT, "%.1fx",
                    r.fmtSeconds() / r.seconds());
            System.out.printf(Locale.ROOT, "| %d | %d | %.3f s | %.0f | %.0f | %d MiB | %s | %s |%n", r.departments(),
                    r.files(), r.seconds(), r.departmentsPerSecond(), r.connectorsPerSecond(), r.peakHeapMiB(), fmt,
                    ratio);
        }
        GenerationBenchmark.Row first = rows.stream().filter(r -> r.departments() == 100).findFirst().orElse(null);
        GenerationBenchmark.Row last = rows.stream().filter(r -> r.departments() == 1000).findFirst().orElse(null);
        if (first != null && last != null) {
            System.out.printf(Locale.ROOT, "%nGrowth 100 -> 1,000 departments: time x%.1f for 10x the input "
                    + "(linear = x10).%n", last.seconds() / first.seconds());
        }
        System.out.println();
    }
}
