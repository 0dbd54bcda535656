package dev.connectonboard.descriptor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.regex.Pattern;

/**
 * Connector and topic configs are strings in Confluent Cloud and reach it unchanged: YAML would read a plain
 * {@code 05432} as the octal number 2842, {@code 0x1F} as 31 and {@code yes} as true, so these values are taken
 * exactly as they were written.
 */
final class PassThroughValues {
    private static final Pattern CONFIG_VALUE = Pattern.compile("/(connectors|topics)/[0-9]+/config/[^/]+");

    private PassThroughValues() {
    }

    static JsonNode asWritten(ParsedFile parsed) {
        JsonNode copy = parsed.tree().deepCopy();
        parsed.scalarTexts().forEach((pointer, text) -> {
            if (CONFIG_VALUE.matcher(pointer).matches()) {
                int slash = pointer.lastIndexOf('/');
                String key = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
                ((ObjectNode) copy.at(pointer.substring(0, slash))).put(key, text);
            }
        });
        return copy;
    }
}
