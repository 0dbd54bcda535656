package dev.connectonboard.bench;

import dev.connectonboard.descriptor.DescriptorSources;
import dev.connectonboard.generate.GeneratedDepartment;
import dev.connectonboard.generate.GenerationRequest;
import dev.connectonboard.generate.Generator;
import dev.connectonboard.generate.OutputWriter;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code generate}'s phases in a fresh JVM started like the launcher starts one (same flags, same class-data archive):
 * the JVM start up to {@code main}, loading and validating the inputs, rendering, writing. Prints one line per phase,
 * {@code PHASE WALL_MS CPU_MS}, CPU being the whole process's (every thread) during that phase. Run by
 * {@link ColdGenerateBenchmark}; arguments: platform file, departments folder, output folder, modules folder.
 */
public final class GeneratePhases {
    private GeneratePhases() {
    }

    public static void main(String[] args) {
        long wallAtMain = System.nanoTime();
        double cpuAtMain = cpuMillis();
        System.out.printf(java.util.Locale.ROOT, "jvm %d %.1f%n", ManagementFactory.getRuntimeMXBean().getUptime(),
                cpuAtMain);
        Path platform = Path.of(args[0]);
        Path out = Path.of(args[2]);
        DescriptorSources.Selection selection = DescriptorSources.load(platform, List.of(Path.of(args[1])));
        long loaded = System.nanoTime();
        double cpuLoaded = cpuMillis();
        List<GeneratedDepartment> generated = new Generator().generate(new GenerationRequest(selection.platform(),
                selection.departments(), out, Path.of(args[3]), null));
        long rendered = System.nanoTime();
        double cpuRendered = cpuMillis();
        new OutputWriter(out).apply(generated);
        long written = System.nanoTime();
        double cpuWritten = cpuMillis();
        System.out.printf(java.util.Locale.ROOT, "load %.1f %.1f%nrender %.1f %.1f%nwrite %.1f %.1f%n",
                (loaded - wallAtMain) / 1e6, cpuLoaded - cpuAtMain, (rendered - loaded) / 1e6, cpuRendered - cpuLoaded,
                (written - rendered) / 1e6, cpuWritten - cpuRendered);
    }

    private static double cpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e6;
    }
}
