package dev.connectonboard.bench;

import dev.connectonboard.generate.GenerateRun;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Times load + validate + render + write for growing department counts, and terraform fmt over the same output. */
final class GenerationBenchmark {
    static final int CONNECTORS_PER_DEPARTMENT = 10;

    record Row(int departments, double seconds, double departmentsPerSecond, double connectorsPerSecond,
               long peakHeapMiB, int files, Double fmtSeconds) {
    }

    static List<Row> run(Path work, Path modules, int[] sizes, int repetitions) throws Exception {
        Path platform = SyntheticInputs.platform(work);
        warmUp(work, platform, modules);
        List<Row> rows = new ArrayList<>();
        for (int size : sizes) {
            Path inputs = Files.createDirectories(work.resolve("in-" + size));
            Path departments = SyntheticInputs.departments(inputs, size, CONNECTORS_PER_DEPARTMENT);
            double best = Double.MAX_VALUE;
            long peak = 0;
            int files = 0;
            Path out = null;
            for (int r = 0; r < repetitions; r++) {
                out = work.resolve("out-" + size + "-" + r);
                System.gc();
                resetPeaks();
                long start = System.nanoTime();
                GenerateRun.Outcome outcome = GenerateRun.run(new GenerateRun.Options(platform, List.of(departments),
                        out, modules, false, work));
                double seconds = (System.nanoTime() - start) / 1e9;
                best = Math.min(best, seconds);
                peak = Math.max(peak, peakHeapBytes());
                files = outcome.plan().changed().size();
            }
            Double fmt = TerraformFmt.seconds(out);
            rows.add(new Row(size, best, size / best, size * CONNECTORS_PER_DEPARTMENT / best,
                    peak / (1024 * 1024), files, fmt));
        }
        return rows;
    }

    private static void warmUp(Path work, Path platform, Path modules) throws Exception {
        Path departments = SyntheticInputs.departments(Files.createDirectories(work.resolve("warm")), 20,
                CONNECTORS_PER_DEPARTMENT);
        for (int i = 0; i < 3; i++) {
            GenerateRun.run(new GenerateRun.Options(platform, List.of(departments), work.resolve("warm-out-" + i),
                    modules, false, work));
        }
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }

    /** terraform fmt over the generated folder, for comparison; null when terraform is not installed. */
    static final class TerraformFmt {
        static Double seconds(Path dir) throws IOException, InterruptedException {
            long start = System.nanoTime();
            Process process;
            try {
                process = new ProcessBuilder("terraform", "fmt", "-recursive", "-check", dir.toString())
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            } catch (IOException notInstalled) {
                return null;
            }
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return null;
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("terraform fmt found unformatted files in " + dir);
            }
            return (System.nanoTime() - start) / 1e9;
        }
    }
}
