package dev.connectonboard.descriptor;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Tells a file that belongs to something else (a CI workflow, a Kubernetes manifest, a compose file) from one of
 * ours, so that walking a folder skips the former but still reports a descriptor with a typo in its header.
 */
final class ForeignFiles {
    /** Top-level fields that only connect-onboard files use. */
    private static final List<String> OWN_FIELDS = List.of("department", "connectors", "privateLinkEgress",
            "iamRoles", "confluent");

    private ForeignFiles() {
    }

    static boolean isForeign(JsonNode tree) {
        if (mentionsOurApiVersion(tree)) {
            // never skipped, whatever its shape: a list of descriptors, a header nested one level too deep
            return false;
        }
        if (!tree.isObject()) {
            return true;
        }
        Optional<String> apiVersion = valueOfFieldLike(tree, "apiVersion");
        Optional<String> kind = valueOfFieldLike(tree, "kind");
        if (apiVersion.filter(ForeignFiles::isOurApiVersion).isPresent()
                || kind.filter(k -> Suggestions.closest(k, DescriptorKind.names()).isPresent()).isPresent()) {
            return false;
        }
        boolean declaresOtherFormat = apiVersion.isPresent() || kind.isPresent();
        return declaresOtherFormat || OWN_FIELDS.stream().noneMatch(tree::has);
    }

    /**
     * True when an {@code apiVersion}-like field anywhere in the tree names connect-onboard, or any value is exactly
     * {@code connect-onboard/v1}. One walk over the tree, no recursion (a hostile file cannot overflow the stack).
     */
    static boolean mentionsOurApiVersion(JsonNode tree) {
        java.util.ArrayDeque<JsonNode> pending = new java.util.ArrayDeque<>();
        pending.push(tree);
        while (!pending.isEmpty()) {
            JsonNode node = pending.pop();
            if (node.isTextual() && node.asText().strip().equalsIgnoreCase(DescriptorKind.API_VERSION)) {
                return true;
            }
            if (node.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> entry = it.next();
                    if (entry.getValue().isTextual() && entry.getKey().length() < 20
                            && Suggestions.closest(entry.getKey(), List.of("apiVersion")).isPresent()
                            && isOurApiVersion(entry.getValue().asText())) {
                        return true;
                    }
                    pending.push(entry.getValue());
                }
            } else if (node.isArray()) {
                node.forEach(pending::push);
            }
        }
        return false;
    }

    private static boolean isOurApiVersion(String value) {
        return value.toLowerCase(Locale.ROOT).contains("connect-onboard")
                || Suggestions.closest(value, List.of(DescriptorKind.API_VERSION)).isPresent();
    }

    /** The text of the top-level field with this name, or with a name a typo away from it. */
    private static Optional<String> valueOfFieldLike(JsonNode tree, String field) {
        for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getValue().isTextual() && Suggestions.closest(entry.getKey(), List.of(field)).isPresent()) {
                return Optional.of(entry.getValue().asText());
            }
        }
        return Optional.empty();
    }
}
