package dev.connectonboard.operator.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds entries to a descriptor's text without rewriting it: new items go at the end of a top-level list (in the
 * indentation its items already use), a missing section is appended at the end, and every line that was there
 * stays, comments included. A YAML library would re-serialise the whole file and drop the comments.
 *
 * <p>Each edit is checked by parsing both texts: the result must hold exactly the old document plus the added
 * entries. When it would not (a flow-style list, a layout this does not recognise), nothing is edited and
 * {@link EditRefusedException} carries the YAML to add by hand.
 */
public final class DescriptorText {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final String text;
    private final List<String> added = new ArrayList<>();

    public DescriptorText(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /** The text with {@code items} (each one YAML list item at indentation 0, starting "- ") added to list {@code key}. */
    public DescriptorText appendToList(String key, List<String> items) {
        if (items.isEmpty()) {
            return this;
        }
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        Pattern header = Pattern.compile("^" + Pattern.quote(key) + ":\\s*(\\[\\s*\\])?\\s*(#.*)?$");
        int at = -1;
        boolean emptyFlow = false;
        for (int i = 0; i < lines.size(); i++) {
            Matcher matcher = header.matcher(lines.get(i));
            if (matcher.matches()) {
                at = i;
                emptyFlow = matcher.group(1) != null;
                break;
            }
            if (lines.get(i).startsWith(key + ":")) {
                throw new EditRefusedException("'" + key + ":' is not a block list connect-onboard can add to");
            }
        }
        String joined;
        if (at < 0) {
            joined = appendSection(key + ":\n" + indent(items, "  "));
        } else if (emptyFlow) {
            lines.set(at, key + ":");
            lines.addAll(at + 1, List.of(indent(items, "  ").split("\n")));
            joined = String.join("\n", lines);
        } else {
            int last = at;
            String itemIndent = null;
            for (int i = at + 1; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                if (!Character.isWhitespace(line.charAt(0)) && !line.startsWith("-")) {
                    break;
                }
                if (itemIndent == null) {
                    Matcher dash = Pattern.compile("^(\\s*)- ?").matcher(line);
                    itemIndent = dash.find() ? dash.group(1) : "  ";
                }
                last = i;
            }
            lines.addAll(last + 1, List.of(indent(items, itemIndent == null ? "  " : itemIndent).split("\n")));
            joined = String.join("\n", lines);
        }
        DescriptorText edited = checked(joined, key, items);
        edited.added.addAll(added);
        edited.added.add(key + ":\n" + indent(items, "  "));
        return edited;
    }

    /** The text with a new top-level section {@code key} holding {@code body} (already indented by two spaces). */
    public DescriptorText addSection(String key, String body) {
        if (Pattern.compile("(?m)^" + Pattern.quote(key) + ":").matcher(text).find()) {
            throw new EditRefusedException("the descriptor already has '" + key + ":'");
        }
        String section = body.isEmpty() ? key + ": {}\n" : key + ":\n" + body;
        String joined = appendSection(section);
        JsonNode before = parse(text);
        JsonNode after = parse(joined);
        JsonNode expected = parse(text + "\n" + section);
        if (!after.equals(expected) || !withoutField(after, key).equals(before)) {
            throw new EditRefusedException("adding '" + key + ":' would change other content");
        }
        DescriptorText edited = new DescriptorText(joined);
        edited.added.addAll(added);
        edited.added.add(section);
        return edited;
    }

    /** What was added, as YAML a person can paste (for printing without --write, or when an edit is refused). */
    public String addedYaml() {
        return String.join("", added.stream().map(s -> s.endsWith("\n") ? s : s + "\n").toList());
    }

    private String appendSection(String section) {
        String base = text.endsWith("\n") || text.isEmpty() ? text : text + "\n";
        return base + section + (section.endsWith("\n") ? "" : "\n");
    }

    private DescriptorText checked(String joined, String key, List<String> items) {
        JsonNode before = parse(text);
        JsonNode after = parse(joined);
        ObjectNode expected = before.deepCopy();
        ArrayNode list = expected.has(key) && expected.get(key).isArray() ? (ArrayNode) expected.get(key)
                : expected.putArray(key);
        for (String item : items) {
            list.addAll((ArrayNode) parse(item));
        }
        if (!after.equals(expected)) {
            throw new EditRefusedException("adding to '" + key + ":' would change other content");
        }
        return new DescriptorText(joined);
    }

    private static JsonNode withoutField(JsonNode node, String key) {
        ObjectNode copy = node.deepCopy();
        copy.remove(key);
        return copy;
    }

    private static String indent(List<String> items, String indent) {
        StringBuilder out = new StringBuilder();
        for (String item : items) {
            for (String line : item.split("\n")) {
                out.append(line.isEmpty() ? "" : indent + line).append('\n');
            }
        }
        return out.toString();
    }

    private static JsonNode parse(String yaml) {
        try {
            JsonNode node = YAML.readTree(yaml);
            if (node == null || node.isMissingNode() || node.isNull()) {
                return YAML.createObjectNode();
            }
            if (!node.isObject() && !node.isArray()) {
                throw new EditRefusedException("the descriptor is not a YAML mapping");
            }
            return node;
        } catch (IOException e) {
            throw new EditRefusedException("the result would not be valid YAML (" + e.getMessage().lines()
                    .findFirst().orElse("") + ")");
        }
    }

    /** The edit could not be made safely; nothing was changed. */
    public static final class EditRefusedException extends RuntimeException {
        public EditRefusedException(String message) {
            super(message);
        }
    }

}
