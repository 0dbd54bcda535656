package dev.connectonboard.descriptor;

import java.nio.file.Path;

/** A parsed input together with the file it came from and where each of its values stands in that file. */
public record Loaded<T>(Path file, T value, SourceMap locations) {

    public Location locate(String jsonPointer) {
        return locations.locate(jsonPointer);
    }

    /** {@code file:line} of the value at the pointer, the form quota reports and messages cite. */
    public String cite(String jsonPointer) {
        return file + ":" + locate(jsonPointer).line();
    }
}
