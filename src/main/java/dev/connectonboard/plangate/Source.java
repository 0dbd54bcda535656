package dev.connectonboard.plangate;

import java.nio.file.Path;

/** A place in a descriptor: where a change comes from, or where an acknowledgement is written. */
public record Source(Path file, int line, int column) {
    /** {@code file:line}, the form every report cites. */
    public String cite() {
        return file + ":" + line;
    }
}
