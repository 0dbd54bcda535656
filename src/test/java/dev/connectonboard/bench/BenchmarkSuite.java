package dev.connectonboard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

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

        List<GenerationBenchmark.Row> generation = GenerationBenchmark.run(work.resolve("generation"),
                project.resolve("modules"), sizes, 3);
        printGeneration(generation);

        int largest = sizes[sizes.length - 1];
        Path coldWork = Files.createDirectories(work.resolve("cold"));
        Path coldPlatform = SyntheticInputs.platform(coldWork);
        Path coldInputs = SyntheticInputs.departments(coldWork, largest, GenerationBenchmark.CONNECTORS_PER_DEPARTMENT);
        for (boolean fullJit : new boolean[] {true, false}) {
            double cold = StartupBenchmark.coldGenerate(project.resolve("target/connect-onboard.jar"), coldPlatform,
                    coldInputs, coldWork.resolve("out-" + fullJit), project.resolve("modules"), fullJit);
            System.out.printf(Locale.ROOT, "Cold CLI run (fresh JVM, -Xmx512m, %s) for %d departments: %.2f s%n",
                    fullJit ? "default JIT tiers" : "quick JIT tier only, as the launcher runs it", largest,
                    cold / 1000);
        }
        System.out.println();

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
