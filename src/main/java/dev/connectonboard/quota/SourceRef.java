package dev.connectonboard.quota;

import java.nio.file.Path;
import java.util.Objects;

/** A place in a descriptor file, cited in violations as {@code file:line}. */
public record SourceRef(Path file, int line, int column) {

    public SourceRef {
        Objects.requireNonNull(file, "file");
    }

    public String cite() {
        return file + ":" + line;
    }
}
