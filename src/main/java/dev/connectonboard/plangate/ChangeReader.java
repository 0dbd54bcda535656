package dev.connectonboard.plangate;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Turns one {@code resource_changes} entry into a {@link ResourceChange}, refusing entries Terraform never writes. */
final class ChangeReader {
    private ChangeReader() {
    }

    /** The change, or null for a data source read (it changes nothing). */
    static ResourceChange read(Path file, JsonNode entry, int index) {
        String where = "resource_changes[" + index + "]";
        String mode = text(file, entry, "mode", where);
        String address = text(file, entry, "address", where);
        String type = text(file, entry, "type", where);
        String name = text(file, entry, "name", where);
        JsonNode change = entry.get("change");
        if (change == null || !change.isObject()) {
            throw PlanReader.unreadable(file, where + " (" + Printable.of(address) + ") has no change object", null);
        }
        JsonNode actionsNode = change.get("actions");
        if (actionsNode == null || !actionsNode.isArray() || actionsNode.isEmpty()) {
            throw PlanReader.unreadable(file, where + " (" + Printable.of(address) + ") has no change.actions", null);
        }
        List<String> actions = new ArrayList<>();
        actionsNode.forEach(a -> actions.add(a.asText()));
        if (mode.equals("data")) {
            return null;
        }
        if (!mode.equals("managed")) {
            throw PlanReader.unreadable(file, where + " has mode " + Printable.of(mode) + "; Terraform writes managed "
                    + "or data", null);
        }
        PlanAction action = PlanAction.of(actions).orElseThrow(() -> PlanReader.unreadable(file, where + " ("
                + Printable.of(address) + ") has actions " + Printable.of(actionsNode.toString()) + ", which this "
                + "version of connect-onboard does not know", null));
        List<String> keys = AddressKeys.parse(address);
        if (keys == null) {
            throw PlanReader.unreadable(file, where + " has a malformed address " + Printable.of(address), null);
        }
        String moduleAddress = entry.path("module_address").isTextual() ? entry.get("module_address").asText() : "";
        String reason = entry.path("action_reason").isTextual() ? entry.get("action_reason").asText() : null;
        String deposed = entry.path("deposed").isTextual() ? entry.get("deposed").asText() : null;
        return new ResourceChange(address, moduleAddress, type, name, keys, action, reason,
                replacePaths(change.get("replace_paths")), deposed, change.get("before"), change.get("after"),
                change.get("before_sensitive"), change.get("after_sensitive"), change.get("after_unknown"));
    }

    private static String text(Path file, JsonNode entry, String field, String where) {
        JsonNode value = entry.get(field);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw PlanReader.unreadable(file, where + " has no " + field, null);
        }
        return value.asText();
    }

    /** replace_paths is a list of attribute paths, each a list of keys and indexes: [["partitions_count"]]. */
    private static List<String> replacePaths(JsonNode paths) {
        List<String> out = new ArrayList<>();
        if (paths == null || !paths.isArray()) {
            return out;
        }
        for (JsonNode path : paths) {
            List<String> steps = new ArrayList<>();
            path.forEach(step -> steps.add(step.asText()));
            out.add(String.join(".", steps));
        }
        return out;
    }
}
