package dev.connectonboard.descriptor;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * One thing wrong with an input, printed as {@code file:line:column: field.path: message}.
 *
 * @param field the field path as a person reads it ({@code connectors[0].secrets["connection.password"]}), or empty
 */
public record Problem(Path file, Location location, String field, String message) implements Comparable<Problem> {

    private static final Comparator<Problem> ORDER = Comparator
            .comparing((Problem p) -> p.file().toString())
            .thenComparingInt(p -> p.location().line())
            .thenComparingInt(p -> p.location().column())
            .thenComparing(Problem::field)
            .thenComparing(Problem::message);

    @Override
    public String toString() {
        String where = file + ":" + location.line() + ":" + location.column() + ": ";
        return field.isEmpty() ? where + message : where + field + ": " + message;
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }
}
