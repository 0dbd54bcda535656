package dev.connectonboard.descriptor;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.Map;

/**
 * A file read into a JSON tree, before it is checked against its kind's schema.
 *
 * @param scalarTexts how each number or boolean was written in the file, by JSON pointer: YAML reads {@code 05432} as
 *                    the number 2842 and {@code yes} as true, but a connector property must keep what was written
 */
record ParsedFile(Path file, JsonNode tree, SourceMap locations, Map<String, String> scalarTexts) {
    ParsedFile {
        scalarTexts = Map.copyOf(scalarTexts);
    }
}
