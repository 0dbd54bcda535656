package dev.connectonboard.descriptor;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.connectonboard.errors.ParserMessages;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a YAML or JSON file into a JSON tree while recording the line and column of every value, so that every
 * later problem can point at the exact place. It refuses what a descriptor never needs and an attacker could abuse:
 * files over {@link #MAX_BYTES}, text that is not strict UTF-8 (overlong forms, encoded surrogates), lone surrogates
 * from escapes, YAML aliases (the "billion laughs" bomb), YAML tags, duplicate keys, several documents, nesting
 * deeper than {@link #MAX_NESTING}.
 */
final class LocatingTreeReader {
    static final long MAX_BYTES = 1024 * 1024;
    static final int MAX_NESTING = 40;
    /** SnakeYAML's token names, in words. */
    /** A block mapping line with a value after its key: "  name: hr"; group 1 the indentation, 2 the key. */
    private static final Pattern KEY_WITH_VALUE = Pattern.compile("^( *)(?:- )?([A-Za-z0-9_.-]+):[ \\t]+[^#\\s].*$");
    private static final Map<String, String> SNAKEYAML_TOKENS = Map.of(
            "<stream end>", "the end of the file",
            "StreamEnd", "the end of the file",
            "<block end>", "the end of the block",
            "'<block mapping start>'", "a key indented differently",
            "'<block sequence start>'", "a list indented differently",
            "'<scalar>'", "a value",
            "unexpected end of stream", "the end of the file");
    private static final String NOT_UTF8 = "not UTF-8 text; save the file as UTF-8 (or is this a binary file?)";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING)
            .build();
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .loaderOptions(limitedLoaderOptions())
            .streamReadConstraints(LIMITS)
            .build();
    private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(LIMITS).build();

    /** Either the parsed file or the problems that stopped it being read. */
    record Result(ParsedFile parsed, List<Problem> problems) {
    }

    private static LoaderOptions limitedLoaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(0);
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit((int) MAX_BYTES);
        options.setNestingDepthLimit(MAX_NESTING);
        return options;
    }

    Result read(Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            return failure(file, Location.START, "cannot read the file: " + e.getMessage());
        }
        if (size > MAX_BYTES) {
            return failure(file, Location.START, String.format(
                    "the file is %.1f MiB; input files are limited to 1 MiB. Is this the right file?",
                    size / (1024.0 * 1024.0)));
        }
        if (size == 0) {
            return failure(file, Location.START, emptyMessage());
        }
        Map<String, Location> locations = new HashMap<>();
        Map<String, Location> valueLocations = new HashMap<>();
        Map<String, String> scalarTexts = new HashMap<>();
        JsonFactory factory = file.getFileName().toString().endsWith(".json") ? JSON : YAML;
        String content;
        try {
            content = StrictUtf8.decode(Files.readAllBytes(file));
        } catch (StrictUtf8.NotUtf8Exception e) {
            return failure(file, e.location(), e.getMessage());
        } catch (IOException e) {
            return failure(file, Location.START, "cannot read the file: " + e.getMessage());
        }
        try (JsonParser parser = factory.createParser(content)) {
            // duplicates are found while building the tree, to name both lines
            parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            JsonToken first = parser.nextToken();
            if (first == null || first == JsonToken.VALUE_NULL
                    || first == JsonToken.VALUE_STRING && parser.getText().isEmpty()) {
                return failure(file, Location.START, emptyMessage());
            }
            locations.put("", location(parser.currentTokenLocation()));
            JsonNode tree = new TreeBuilder(parser, locations, valueLocations, scalarTexts).value("");
            if (parser.nextToken() != null) {
                return failure(file, location(parser.currentTokenLocation()),
                        "the file holds more than one document; put each descriptor in a file of its own");
            }
            return new Result(new ParsedFile(file, tree, new SourceMap(locations, valueLocations), scalarTexts),
                    List.of());
        } catch (TagException e) {
            return failure(file, e.location, "YAML tags (" + StructuralValidator.printable(e.tag) + ") are not "
                    + "accepted in inputs: they change what a value means, and connect-onboard reads plain values "
                    + "only; remove the tag and write the value as text");
        } catch (SurrogateException e) {
            return failure(file, e.location, "a lone surrogate (\\u" + String.format("%04x", (int) e.surrogate)
                    + ") is half of a character, not text; write the whole character, or remove the escape");
        } catch (AliasException e) {
            return failure(file, e.location, "YAML aliases (*" + e.anchor + ") are not accepted in inputs; "
                    + "write the value out in full");
        } catch (DuplicateKeyException e) {
            return failure(file, e.location, "'" + StructuralValidator.printable(e.key) + "' is given twice in the "
                    + "same mapping (first on line " + e.first.line() + "); keep one");
        } catch (StreamConstraintsException e) {
            return failure(file, where(e), tooDeep());
        } catch (CharConversionException e) {
            return failure(file, Location.START, NOT_UTF8);
        } catch (JsonProcessingException e) {
            String format = factory == JSON ? "JSON" : "YAML";
            if (e.getCause() instanceof MarkedYAMLException yaml) {
                return failure(file, where(yaml, e), "not valid YAML: " + describe(yaml, file));
            }
            if (causedBy(e, CharConversionException.class)) {
                return failure(file, Location.START, NOT_UTF8);
            }
            if (String.valueOf(e.getOriginalMessage()).startsWith("Expected a field name")) {
                return failure(file, where(e), "not valid here: keys must be plain names, not lists or mappings");
            }
            return failure(file, where(e), "not valid " + format + ": " + cleanMessage(e));
        } catch (IOException e) {
            return failure(file, Location.START, "cannot read the file: " + e.getMessage());
        } catch (UncheckedIOException e) {
            return failure(file, Location.START, "cannot read the file: " + e.getCause().getMessage());
        } catch (RuntimeException e) {
            // SnakeYAML signals its limits (nesting depth, code points) and decoding errors with runtime exceptions.
            if (causedBy(e, CharConversionException.class)) {
                return failure(file, Location.START, NOT_UTF8);
            }
            String text = String.valueOf(e.getMessage());
            if (text.contains("Nesting Depth")) {
                return failure(file, Location.START, tooDeep());
            }
            return failure(file, Location.START, "not valid YAML: " + firstLine(text));
        }
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String tooDeep() {
        return "values are nested more than " + MAX_NESTING + " levels deep; no connect-onboard file needs that";
    }

    private static Location where(JsonProcessingException e) {
        return e.getLocation() == null ? Location.START : location(e.getLocation());
    }

    private static Location where(MarkedYAMLException yaml, JsonProcessingException fallback) {
        Mark mark = yaml.getProblemMark() != null ? yaml.getProblemMark() : yaml.getContextMark();
        return mark == null ? where(fallback) : new Location(mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** SnakeYAML's problem and its context in one line, e.g. "expected ',' or ']' (in the list at line 3...)". */
    private static String describe(MarkedYAMLException yaml, Path file) {
        String problem = firstLine(yaml.getProblem() == null ? "" : yaml.getProblem());
        String hint = problem.contains("<block end>") ? "; check the indentation"
                : problem.startsWith("mapping values are not allowed") ? mappingValueHint(yaml.getProblemMark(), file)
                : "";
        for (Map.Entry<String, String> token : SNAKEYAML_TOKENS.entrySet()) {
            problem = problem.replace(token.getKey(), token.getValue());
        }
        String context = yaml.getContext();
        Mark contextMark = yaml.getContextMark();
        if (context == null || context.isBlank()) {
            return problem + hint;
        }
        String started = contextMark == null ? ""
                : " that starts at line " + (contextMark.getLine() + 1) + ", column " + (contextMark.getColumn() + 1);
        return problem + " (" + context.replace("scalar", "value") + started + ")" + hint;
    }

    /**
     * "mapping values are not allowed here" has two causes: a key indented deeper than the key above it, which
     * already has a value (YAML reads the line as that value going on), or a value that contains ': '.
     */
    private static String mappingValueHint(Mark mark, Path file) {
        String quote = "; quote a value that contains ': '";
        if (mark == null) {
            return quote;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            return quote;
        }
        int index = mark.getLine();
        if (index <= 0 || index >= lines.size()) {
            return quote;
        }
        String line = lines.get(index);
        int above = index - 1;
        while (above >= 0 && (lines.get(above).isBlank() || lines.get(above).strip().startsWith("#"))) {
            above--;
        }
        if (above < 0) {
            return quote;
        }
        Matcher previous = KEY_WITH_VALUE.matcher(lines.get(above));
        int indent = indentOf(line);
        if (previous.matches() && indent > previous.group(1).length()) {
            return "; line " + (index + 1) + " is indented " + indent + " spaces, deeper than '" + previous.group(2)
                    + "' on line " + (above + 1) + ", which already has a value: indent it like '"
                    + previous.group(2) + "' (" + previous.group(1).length() + " spaces) to make it a key of its own";
        }
        return quote;
    }

    private static int indentOf(String line) {
        int spaces = 0;
        while (spaces < line.length() && line.charAt(spaces) == ' ') {
            spaces++;
        }
        return spaces;
    }

    private static String emptyMessage() {
        return "the file is empty; expected a document starting with 'apiVersion: " + DescriptorKind.API_VERSION
                + "' and 'kind: " + String.join(" | ", DescriptorKind.names()) + "'";
    }

    /** Builds the tree depth-first, recording where each value stands and how each plain scalar was written. */
    private static final class TreeBuilder {
        private final JsonParser parser;
        private final Map<String, Location> locations;
        private final Map<String, Location> valueLocations;
        private final Map<String, String> scalarTexts;

        TreeBuilder(JsonParser parser, Map<String, Location> locations, Map<String, Location> valueLocations,
                    Map<String, String> scalarTexts) {
            this.parser = parser;
            this.locations = locations;
            this.valueLocations = valueLocations;
            this.scalarTexts = scalarTexts;
        }

        JsonNode value(String pointer) throws IOException {
            if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                throw new AliasException(yaml.getText(), location(parser.currentTokenLocation()));
            }
            refuseTag();
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_STRING) {
                refuseLoneSurrogate(parser.getText());
            }
            switch (token) {
                case START_OBJECT:
                    return object(pointer);
                case START_ARRAY:
                    return array(pointer);
                case VALUE_STRING:
                    return NODES.textNode(parser.getText());
                case VALUE_NUMBER_INT:
                    scalarTexts.put(pointer, parser.getText());
                    return switch (parser.getNumberType()) {
                        case INT -> NODES.numberNode(parser.getIntValue());
                        case LONG -> NODES.numberNode(parser.getLongValue());
                        default -> NODES.numberNode(parser.getBigIntegerValue());
                    };
                case VALUE_NUMBER_FLOAT:
                    scalarTexts.put(pointer, parser.getText());
                    return decimal();
                case VALUE_TRUE:
                case VALUE_FALSE:
                    scalarTexts.put(pointer, parser.getText());
                    return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
                case VALUE_NULL:
                    return NODES.nullNode();
                default:
                    return NODES.textNode(parser.getText());
            }
        }

        private JsonNode object(String pointer) throws IOException {
            ObjectNode object = NODES.objectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                refuseTag();
                String name = parser.currentName();
                refuseLoneSurrogate(name);
                String child = pointer + "/" + escape(name);
                Location where = location(parser.currentTokenLocation());
                if (object.has(name)) {
                    throw new DuplicateKeyException(name, where, locations.get(child));
                }
                locations.put(child, where);
                parser.nextToken();
                valueLocations.put(child, location(parser.currentTokenLocation()));
                object.set(name, value(child));
            }
            return object;
        }

        private JsonNode array(String pointer) throws IOException {
            ArrayNode array = NODES.arrayNode();
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                String child = pointer + "/" + index++;
                locations.put(child, location(parser.currentTokenLocation()));
                array.add(value(child));
            }
            return array;
        }

        /** An explicit tag ({@code !!binary}, {@code !foo}, {@code !!python/object}) on the current token. */
        private void refuseTag() throws IOException {
            if (parser instanceof YAMLParser yaml) {
                String tag = yaml.getTypeId();
                if (tag != null) {
                    throw new TagException(tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring(18)
                            : "!" + tag, location(parser.currentTokenLocation()));
                }
            }
        }

        /**
         * A lone surrogate cannot be encoded: it comes from an escape ({@code "\ud800"}), since the file itself is
         * decoded strictly, and would fail much later, where no line is known.
         */
        private void refuseLoneSurrogate(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    throw new SurrogateException(c, location(parser.currentTokenLocation()));
                }
            }
        }

        /** YAML's .inf and .nan have no decimal form; they stay text, and the schema says what was expected. */
        private JsonNode decimal() throws IOException {
            try {
                return NODES.numberNode(parser.getDecimalValue());
            } catch (JsonProcessingException | NumberFormatException e) {
                return NODES.textNode(parser.getText());
            }
        }
    }

    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static Location location(JsonLocation location) {
        return new Location(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }

    private static String cleanMessage(JsonProcessingException e) {
        return ParserMessages.clean(e.getOriginalMessage());
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private static Result failure(Path file, Location location, String message) {
        return new Result(null, List.of(new Problem(file, location, "", message)));
    }

    /** Thrown out of the recursive descent when a mapping repeats a key; caught in {@link #read}. */
    private static final class DuplicateKeyException extends RuntimeException {
        private final String key;
        private final Location location;
        private final Location first;

        DuplicateKeyException(String key, Location location, Location first) {
            super(null, null, false, false);
            this.key = key;
            this.location = location;
            this.first = first;
        }
    }

    /** Thrown out of the recursive descent when a YAML tag is met; caught in {@link #read}. */
    private static final class TagException extends RuntimeException {
        private final String tag;
        private final Location location;

        TagException(String tag, Location location) {
            super(null, null, false, false);
            this.tag = tag;
            this.location = location;
        }
    }

    /** Thrown out of the recursive descent when a string holds half a surrogate pair; caught in {@link #read}. */
    private static final class SurrogateException extends RuntimeException {
        private final char surrogate;
        private final Location location;

        SurrogateException(char surrogate, Location location) {
            super(null, null, false, false);
            this.surrogate = surrogate;
            this.location = location;
        }
    }

    /** Thrown out of the recursive descent when an alias is met; caught in {@link #read}. */
    private static final class AliasException extends RuntimeException {
        private final String anchor;
        private final Location location;

        AliasException(String anchor, Location location) {
            super(null, null, false, false);
            this.anchor = anchor;
            this.location = location;
        }
    }
}
