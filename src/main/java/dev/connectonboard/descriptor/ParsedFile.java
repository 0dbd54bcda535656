package dev.connectonboard.descriptor;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;

/** A file read into a JSON tree, before it is checked against its kind's schema. */
record ParsedFile(Path file, JsonNode tree, SourceMap locations) {
}
