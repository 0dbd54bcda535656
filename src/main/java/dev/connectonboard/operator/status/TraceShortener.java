package dev.connectonboard.operator.status;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cuts a Kafka Connect error trace down to what a person acts on: the exception message and each "Caused by", without
 * stack frames, package names or repeats. Full traces stay in the logs EBS reads; departments see this.
 */
public final class TraceShortener {
    /** At most this many lines survive: the first message, an ellipsis line, then the deepest causes. */
    public static final int MAX_LINES = 6;
    /** At most this many characters survive, ellipsis included. */
    public static final int MAX_CHARS = 600;
    static final String ELLIPSIS = "…";

    private static final Pattern FRAME = Pattern.compile(
            "^(at\\s+\\S.*|\\.\\.\\.\\s*\\d+\\s+(more|common frames omitted).*)$");
    /** Connect flattens some causes into one line ("... unrecoverable exception. Caused by: java.net..."). */
    private static final Pattern INLINE_CAUSE = Pattern.compile("\\s+(?=Caused by: )");
    /** {@code org.apache.kafka.connect.errors.ConnectException: msg} → {@code ConnectException: msg}. */
    private static final Pattern QUALIFIED_CLASS = Pattern.compile(
            "^((?:Caused by|Suppressed): )?(?:[a-z_][\\w$]*\\.)+([A-Z][\\w$]*)(?=:|$)");

    private TraceShortener() {
    }

    /**
     * The lines of {@code trace} a person needs, joined with '\n'; empty for a null or blank trace.
     */
    public static String shorten(String trace) {
        if (trace == null || trace.isBlank()) {
            return "";
        }
        Set<String> meaningful = new LinkedHashSet<>();
        for (String raw : trace.split("\\R")) {
            for (String part : INLINE_CAUSE.split(raw.strip())) {
                String line = part.strip();
                if (!line.isEmpty() && !FRAME.matcher(line).matches()) {
                    meaningful.add(QUALIFIED_CLASS.matcher(line).replaceFirst("$1$2"));
                }
            }
        }
        List<String> lines = new ArrayList<>(meaningful);
        if (lines.isEmpty()) {
            return "";
        }
        if (lines.size() > MAX_LINES) {
            List<String> kept = new ArrayList<>();
            kept.add(lines.get(0));
            kept.add(ELLIPSIS);
            // the deepest causes are at the end and usually name the real fault
            kept.addAll(lines.subList(lines.size() - (MAX_LINES - 2), lines.size()));
            lines = kept;
        }
        String joined = String.join("\n", lines);
        return joined.length() <= MAX_CHARS ? joined : joined.substring(0, MAX_CHARS - 1).stripTrailing() + ELLIPSIS;
    }
}
