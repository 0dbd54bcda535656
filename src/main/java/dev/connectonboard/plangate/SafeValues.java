package dev.connectonboard.plangate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads a value from a plan's {@code before}/{@code after} only when the plan does not mark it sensitive. Terraform
 * writes sensitive values in clear text in the JSON plan and marks them in a mirror tree ({@code before_sensitive},
 * {@code after_sensitive}): {@code true} at a node makes it and everything below it sensitive. Every value the gate
 * shows goes through here, so nothing marked sensitive can reach a report.
 */
final class SafeValues {
    private SafeValues() {
    }

    /**
     * The scalar at the path (object keys, or array indexes as decimal strings) as text; null when it is absent,
     * not a scalar, or sensitive at any level.
     */
    static String text(JsonNode value, JsonNode sensitivity, String... path) {
        JsonNode node = value;
        JsonNode marks = sensitivity;
        if (isMarked(marks)) {
            return null;
        }
        for (String step : path) {
            if (node == null || node.isNull() || node.isMissingNode()) {
                return null;
            }
            node = child(node, step);
            marks = marks == null ? null : child(marks, step);
            if (isMarked(marks)) {
                return null;
            }
        }
        if (node == null || !node.isValueNode() || node.isNull()) {
            return null;
        }
        return node.asText();
    }

    private static JsonNode child(JsonNode node, String step) {
        if (node.isArray()) {
            try {
                return node.get(Integer.parseInt(step));
            } catch (NumberFormatException notAnIndex) {
                return null;
            }
        }
        return node.isObject() ? node.get(step) : null;
    }

    /** A sensitivity mark that is not a tree is either {@code true} (sensitive) or {@code false}/absent. */
    private static boolean isMarked(JsonNode marks) {
        return marks != null && marks.isBoolean() && marks.asBoolean();
    }
}
