package dev.connectonboard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code generate} as a user runs it: a fresh JVM with the launcher's flags and its application class-data archive,
 * into an empty folder; {@code terraform fmt -check} over the same output beside it; and, at the largest size, the
 * floor any tool pays for the same job: a JVM start, reading the input files, writing the output tree.
 */
final class ColdGenerateBenchmark {
    /** What {@code ./connect-onboard} passes to java (without the archive, which is added per run). */
    static final List<String> LAUNCHER_FLAGS = List.of("-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-XX:-UsePerfData", "-Xmx512m", "-Xlog:disable", "-Xlog:all=error:stderr");

    /** The phases {@link GeneratePhases} times, in order. */
    static final List<String> PHASES = List.of("jvm", "load", "render", "write");

    /** @param phases per phase of {@link #PHASES}: median wall and CPU milliseconds of a cold run */
    record Row(int departments, long outputBytes, int files, Timed generate, Timed fmt, Map<String, double[]> phases) {
    }

    /** The floor at one size: JVM start of the same jar, reading the inputs, writing the output tree. */
    record Floor(int departments, Timed jvmStart, Timed readInputs, Timed writeOutput) {
    }

    private ColdGenerateBenchmark() {
    }

    static List<Row> run(Path jar, Path modules, Path work, int[] sizes, int runs) throws Exception {
        Path archive = archive(jar, modules, work);
        List<Row> rows = new ArrayList<>();
        for (int size : sizes) {
            Path inputs = Files.createDirectories(work.resolve("in-" + size));
            Path platform = SyntheticInputs.platform(inputs);
            Path departments = SyntheticInputs.departments(inputs, size, GenerationBenchmark.CONNECTORS_PER_DEPARTMENT);
            List<Timed> generate = new ArrayList<>();
            List<Timed> fmt = new ArrayList<>();
            Path out = null;
            for (int run = 0; run < runs; run++) {
                out = work.resolve("out-" + size + "-" + run);
                generate.add(Timed.run(generateCommand(jar, archive, platform, departments, out, modules), work,
                        Map.of(), 0));
                fmt.add(Timed.run(List.of("terraform", "fmt", "-recursive", "-check", out.toString()), work, Map.of(),
                        0));
            }
            List<Map<String, double[]>> phases = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                phases.add(phases(jar, archive, platform, departments, work.resolve("phases-" + size + "-" + run),
                        modules));
            }
            Map<String, double[]> medians = new java.util.LinkedHashMap<>();
            for (String phase : PHASES) {
                medians.put(phase, new double[] {
                        Timed.median(phases.stream().mapToDouble(p -> p.get(phase)[0]).toArray()),
                        Timed.median(phases.stream().mapToDouble(p -> p.get(phase)[1]).toArray())});
            }
            rows.add(new Row(size, bytes(out), files(out), Timed.median(generate), Timed.median(fmt), medians));
        }
        return rows;
    }

    /** One cold run of {@link GeneratePhases}: the launcher's flags and archive, the jar first on the class path. */
    private static Map<String, double[]> phases(Path jar, Path archive, Path platform, Path departments, Path out,
                                                Path modules) throws IOException, InterruptedException {
        String testClasses = java.util.Arrays.stream(System.getProperty("java.class.path")
                        .split(java.io.File.pathSeparator)).filter(entry -> entry.endsWith("test-classes"))
                .findFirst().orElseThrow(() -> new IllegalStateException("no test-classes on the class path"));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(LAUNCHER_FLAGS);
        // the archive was made with the jar alone on the class path; a longer path that starts with it still uses it
        command.add("-XX:SharedArchiveFile=" + archive);
        command.addAll(List.of("-cp", jar + java.io.File.pathSeparator + testClasses,
                GeneratePhases.class.getName(), platform.toString(), departments.toString(), out.toString(),
                modules.toString()));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("generate phases failed: " + String.join(" ", command) + "\n" + output);
        }
        Map<String, double[]> phases = new java.util.HashMap<>();
        output.lines().map(line -> line.split(" ")).forEach(fields -> phases.put(fields[0],
                new double[] {Double.parseDouble(fields[1]), Double.parseDouble(fields[2])}));
        return phases;
    }

    static Floor floor(Path jar, Path work, int size, int runs) throws Exception {
        Path archive = work.resolve("connect-onboard.jsa");
        Path departments = work.resolve("in-" + size).resolve("departments");
        Path out = work.resolve("out-" + size + "-0");
        List<Timed> start = new ArrayList<>();
        List<Timed> read = new ArrayList<>();
        List<Timed> write = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            List<String> version = new ArrayList<>(java(jar, archive));
            version.add("--version");
            start.add(Timed.run(version, work, Map.of(), 0));
            read.add(Timed.run(List.of("sh", "-c", "cat \"$0\"/*.yaml > /dev/null", departments.toString()), work,
                    Map.of(), 0));
            write.add(Timed.run(List.of("cp", "-r", out.toString(), work.resolve("copy-" + run).toString()), work,
                    Map.of(), 0));
        }
        return new Floor(size, Timed.median(start), Timed.median(read), Timed.median(write));
    }

    /** The launcher writes its archive on the first run after a build; here a small generate does that. */
    private static Path archive(Path jar, Path modules, Path work) throws Exception {
        Path archive = work.resolve("connect-onboard.jsa");
        Path inputs = Files.createDirectories(work.resolve("warm-up"));
        Path platform = SyntheticInputs.platform(inputs);
        Path departments = SyntheticInputs.departments(inputs, 10, GenerationBenchmark.CONNECTORS_PER_DEPARTMENT);
        List<String> command = new ArrayList<>(generateCommand(jar, null, platform, departments,
                inputs.resolve("out"), modules));
        command.add(1, "-XX:ArchiveClassesAtExit=" + archive);
        Timed.run(command, work, Map.of(), 0);
        return archive;
    }

    private static List<String> java(Path jar, Path archive) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(LAUNCHER_FLAGS);
        if (archive != null) {
            command.add("-XX:SharedArchiveFile=" + archive);
        }
        command.add("-jar");
        command.add(jar.toString());
        return command;
    }

    private static List<String> generateCommand(Path jar, Path archive, Path platform, Path departments, Path out,
                                                Path modules) {
        List<String> command = new ArrayList<>(java(jar, archive));
        command.addAll(List.of("generate", "--platform", platform.toString(), "--out", out.toString(), "--modules",
                modules.toString(), departments.toString()));
        return command;
    }

    private static long bytes(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static int files(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return (int) files.filter(Files::isRegularFile).count();
        }
    }
}
