package dev.connectonboard.confluent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the server's own explanation out of an error body. Confluent uses several shapes: the standard
 * {@code {"errors":[{detail, resolution, code}]}}, and for Connect v1 {@code {"error":{code,message}}},
 * {@code {"error_code", "message"}} and {@code {code, message}}. Tried in the Confluent CLI's order; a body that is
 * not JSON (a proxy's HTML page) is summarised as text.
 */
final class ErrorBodies {
    private static final int MAX_TEXT = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorBodies() {
    }

    static Optional<String> explain(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return Optional.of("(not JSON) " + shorten(body));
        }
        if (root == null || !root.isObject()) {
            return Optional.of(shorten(body));
        }
        return standardError(root)
                .or(() -> text(root.path("error").path("message")))
                .or(() -> text(root.path("message")))
                .or(() -> text(root.path("error")))
                .or(() -> Optional.of(shorten(body)));
    }

    private static Optional<String> standardError(JsonNode root) {
        JsonNode first = root.path("errors").path(0);
        if (!first.isObject()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        text(first.path("detail")).or(() -> text(first.path("title"))).ifPresent(parts::add);
        text(first.path("resolution")).ifPresent(parts::add);
        text(first.path("code")).ifPresent(code -> parts.add("(" + code + ")"));
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", parts));
    }

    private static Optional<String> text(JsonNode node) {
        if (node == null || !node.isValueNode() || node.isNull()) {
            return Optional.empty();
        }
        String value = node.asText().trim();
        return value.isEmpty() ? Optional.empty() : Optional.of(shorten(value));
    }

    private static String shorten(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_TEXT ? oneLine : oneLine.substring(0, MAX_TEXT) + "…";
    }
}
