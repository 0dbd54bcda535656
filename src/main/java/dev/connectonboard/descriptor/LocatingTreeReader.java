package dev.connectonboard.descriptor;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.LoaderOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a YAML or JSON file into a JSON tree while recording the line and column of every value, so that every
 * later problem can point at the exact place. It refuses what a descriptor never needs and an attacker could abuse:
 * files over {@link #MAX_BYTES}, YAML aliases (the "billion laughs" bomb), duplicate keys, several documents.
 */
final class LocatingTreeReader {
    static final long MAX_BYTES = 1024 * 1024;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .loaderOptions(limitedLoaderOptions())
            .build();
    private static final JsonFactory JSON = JsonFactory.builder().build();

    /** Either the parsed file or the problems that stopped it being read. */
    record Result(ParsedFile parsed, List<Problem> problems) {
    }

    private static LoaderOptions limitedLoaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(0);
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit((int) MAX_BYTES);
        options.setNestingDepthLimit(40);
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
        JsonFactory factory = file.getFileName().toString().endsWith(".json") ? JSON : YAML;
        try (JsonParser parser = factory.createParser(file.toFile())) {
            parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            JsonToken first = parser.nextToken();
            if (first == null || first == JsonToken.VALUE_NULL) {
                return failure(file, Location.START, emptyMessage());
            }
            locations.put("", location(parser.currentTokenLocation()));
            JsonNode tree = readValue(parser, "", locations);
            if (parser.nextToken() != null) {
                return failure(file, location(parser.currentTokenLocation()),
                        "the file holds more than one document; put each descriptor in a file of its own");
            }
            return new Result(new ParsedFile(file, tree, new SourceMap(locations)), List.of());
        } catch (AliasException e) {
            return failure(file, e.location, "YAML aliases (*" + e.anchor + ") are not accepted in inputs; "
                    + "write the value out in full");
        } catch (JsonProcessingException e) {
            Location where = e.getLocation() == null ? Location.START : location(e.getLocation());
            return failure(file, where, "not valid " + (factory == JSON ? "JSON" : "YAML") + ": " + cleanMessage(e));
        } catch (IOException e) {
            return failure(file, Location.START, "cannot read the file: " + e.getMessage());
        } catch (UncheckedIOException e) {
            return failure(file, Location.START, "cannot read the file: " + e.getCause().getMessage());
        } catch (RuntimeException e) {
            // SnakeYAML signals its own limits (nesting depth, code points) with runtime exceptions.
            return failure(file, Location.START, "not valid YAML: " + firstLine(String.valueOf(e.getMessage())));
        }
    }

    private static String emptyMessage() {
        return "the file is empty; expected a document starting with 'apiVersion: " + DescriptorKind.API_VERSION
                + "' and 'kind: " + String.join(" | ", DescriptorKind.names()) + "'";
    }

    private JsonNode readValue(JsonParser parser, String pointer, Map<String, Location> locations)
            throws IOException {
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            throw new AliasException(yaml.getText(), location(parser.currentTokenLocation()));
        }
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    String child = pointer + "/" + escape(name);
                    locations.put(child, location(parser.currentTokenLocation()));
                    parser.nextToken();
                    object.set(name, readValue(parser, child, locations));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = NODES.arrayNode();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    String child = pointer + "/" + index++;
                    locations.put(child, location(parser.currentTokenLocation()));
                    array.add(readValue(parser, child, locations));
                }
                return array;
            }
            case VALUE_STRING:
                return NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                return switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                return NODES.textNode(parser.getText());
        }
    }

    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static Location location(JsonLocation location) {
        return new Location(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }

    private static String cleanMessage(JsonProcessingException e) {
        return firstLine(e.getOriginalMessage());
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private static Result failure(Path file, Location location, String message) {
        return new Result(null, List.of(new Problem(file, location, "", message)));
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
