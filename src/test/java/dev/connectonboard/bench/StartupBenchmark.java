package dev.connectonboard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code validate} of one descriptor, end to end as a user runs it (a fresh JVM each time), with the JDK's default
 * class-data sharing off, on, and with an application archive made from a first run.
 */
final class StartupBenchmark {
    record Row(String variant, double medianMillis) {
    }

    static List<Row> run(Path jar, Path work, Path platform, Path descriptor, int runs) throws Exception {
        Path archive = work.resolve("connect-onboard.jsa");
        List<String> command = List.of("validate", platform.toString(), descriptor.toString());
        time(List.of("-XX:ArchiveClassesAtExit=" + archive), jar, command);
        if (!Files.exists(archive)) {
            throw new IllegalStateException("the JVM did not write a class-data archive at " + archive);
        }
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("no class-data sharing (-Xshare:off)", median(List.of("-Xshare:off"), jar, command, runs)));
        rows.add(new Row("JDK default archive", median(List.of(), jar, command, runs)));
        rows.add(new Row("application archive (-XX:SharedArchiveFile)",
                median(List.of("-XX:SharedArchiveFile=" + archive), jar, command, runs)));
        return rows;
    }

    private static double median(List<String> jvmFlags, Path jar, List<String> command, int runs) throws Exception {
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            times[i] = time(jvmFlags, jar, command);
        }
        Arrays.sort(times);
        return times[runs / 2];
    }

    private static double time(List<String> jvmFlags, Path jar, List<String> command)
            throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        full.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        full.addAll(jvmFlags);
        full.add("-jar");
        full.add(jar.toString());
        full.addAll(command);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(full).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("validate failed or hung: " + String.join(" ", full));
        }
        return (System.nanoTime() - start) / 1e6;
    }
}
