package dev.connectonboard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One command run the way a user runs it, measured by GNU time: wall time, CPU time (user + system of the command and
 * the children it waited for, which is what to read on a shared machine) and peak resident memory.
 */
record Timed(double wallMillis, double cpuMillis, long peakRssKib) {
    private static final Path GNU_TIME = Path.of("/usr/bin/time");

    static boolean available() {
        return Files.isExecutable(GNU_TIME);
    }

    static Timed run(List<String> command, Path directory, Map<String, String> environment, int expectedExit)
            throws IOException, InterruptedException {
        Path times = Files.createTempFile("bench-time", ".txt");
        Path log = Files.createTempFile("bench-output", ".txt");
        List<String> full = new ArrayList<>(List.of(GNU_TIME.toString(), "-o", times.toString(), "-f", "%e %U %S %M"));
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + String.join(" ", command));
        }
        List<String> lines = Files.readAllLines(times);
        String output = Files.readString(log);
        Files.delete(times);
        Files.delete(log);
        if (process.exitValue() != expectedExit) {
            throw new IllegalStateException("exit " + process.exitValue() + " (expected " + expectedExit + ") from "
                    + String.join(" ", command) + ":\n" + output.lines().limit(40).reduce("", (a, b) -> a + b + "\n"));
        }
        String[] fields = lines.get(lines.size() - 1).trim().split(" ");
        return new Timed(Double.parseDouble(fields[0]) * 1000,
                (Double.parseDouble(fields[1]) + Double.parseDouble(fields[2])) * 1000, Long.parseLong(fields[3]));
    }

    /** The median of each figure over the runs (each figure on its own). */
    static Timed median(List<Timed> runs) {
        return new Timed(median(runs.stream().mapToDouble(Timed::wallMillis).toArray()),
                median(runs.stream().mapToDouble(Timed::cpuMillis).toArray()),
                (long) median(runs.stream().mapToDouble(Timed::peakRssKib).toArray()));
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
