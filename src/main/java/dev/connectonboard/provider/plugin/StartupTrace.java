package dev.connectonboard.provider.plugin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Marks the end of each start-up phase for the provider benchmark, so a slow phase shows by name. Off unless the
 * environment variable {@value #ENVIRONMENT} names a file; then each mark appends one line
 * {@code PID PHASE WALL_MICROS CPU_MICROS}: wall clock since the epoch, and CPU time of the whole process so far
 * (every thread, plus the launcher script the JVM replaced). The first mark also writes a {@code launched} line with
 * the process's start time, from /proc to the kernel's clock-tick resolution (10 ms).
 */
public final class StartupTrace {
    public static final String ENVIRONMENT = "CONNECT_ONBOARD_PROVIDER_TRACE";
    private static final Path FILE = file();
    private static final Map<String, Long> CPU_BY_THREAD = new HashMap<>();
    private static boolean launchWritten;

    private StartupTrace() {
    }

    public static boolean enabled() {
        return FILE != null;
    }

    /** Records that {@code phase} just ended. Never throws: a benchmark aid must not break the provider. */
    public static synchronized void mark(String phase) {
        if (FILE == null) {
            return;
        }
        long pid = ProcessHandle.current().pid();
        Instant now = Instant.now();
        StringBuilder lines = new StringBuilder();
        if (!launchWritten) {
            launchWritten = true;
            long launched = launchedMicros(now);
            if (launched > 0) {
                lines.append(pid).append(" launched ").append(launched).append(" 0\n");
            }
        }
        lines.append(pid).append(' ').append(phase.replace(' ', '_')).append(' ').append(micros(now)).append(' ')
                .append(cpuNanos() / 1_000).append('\n');
        try {
            Files.writeString(FILE, lines, StandardCharsets.US_ASCII, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException | RuntimeException ignored) {
            // the trace is best effort
        }
    }

    /**
     * Appends {@code PID threads NAME=CPU_MICROS,...}: CPU time so far per thread name (/proc/self/task/N/comm), to
     * tell the JIT compiler and the JVM's own threads from the provider's work.
     */
    public static synchronized void threads() {
        if (FILE == null) {
            return;
        }
        Map<String, Long> byName = new java.util.TreeMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                try {
                    String name = Files.readString(task.resolve("comm"), StandardCharsets.US_ASCII).strip()
                            .replaceAll("[^A-Za-z]+", "-");
                    String schedstat = Files.readString(task.resolve("schedstat"), StandardCharsets.US_ASCII);
                    byName.merge(name, Long.parseLong(schedstat.substring(0, schedstat.indexOf(' '))) / 1_000,
                            Long::sum);
                } catch (IOException | RuntimeException threadGone) {
                    // ended meanwhile
                }
            }
            StringBuilder line = new StringBuilder().append(ProcessHandle.current().pid()).append(" threads ");
            byName.forEach((name, micros) -> line.append(name).append('=').append(micros).append(','));
            Files.writeString(FILE, line.append('\n'), StandardCharsets.US_ASCII, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException | RuntimeException ignored) {
            // best effort
        }
    }

    private static Path file() {
        String value = System.getenv(ENVIRONMENT);
        return value == null || value.isBlank() ? null : Path.of(value);
    }

    /**
     * Nanoseconds on a CPU, summed over this process's threads: the first field of /proc/self/task/N/schedstat.
     * A thread that has ended keeps the time it had when last seen, so the total never goes back.
     */
    private static long cpuNanos() {
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                try {
                    String schedstat = Files.readString(task.resolve("schedstat"), StandardCharsets.US_ASCII);
                    CPU_BY_THREAD.put(task.getFileName().toString(),
                            Long.parseLong(schedstat.substring(0, schedstat.indexOf(' '))));
                } catch (IOException | RuntimeException threadGone) {
                    // ended meanwhile: keeps its last reading
                }
            }
        } catch (IOException | RuntimeException notLinux) {
            return -1_000;
        }
        return CPU_BY_THREAD.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Start of this process: now minus its age, the age being /proc/uptime minus its start in clock ticks after boot
     * (/proc/self/stat field 22); both tick at 10 ms.
     */
    private static long launchedMicros(Instant now) {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII);
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startMicros = Long.parseLong(fields[19]) * 10_000; // USER_HZ is 100 on Linux
            String uptime = Files.readString(Path.of("/proc/uptime"), StandardCharsets.US_ASCII);
            long uptimeMicros = (long) (Double.parseDouble(uptime.substring(0, uptime.indexOf(' '))) * 1_000_000);
            return micros(now) - (uptimeMicros - startMicros);
        } catch (IOException | RuntimeException notLinux) {
            return -1;
        }
    }

    private static long micros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000 + instant.getNano() / 1_000;
    }
}
