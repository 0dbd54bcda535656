package dev.connectonboard.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks every {@code confluent_*} resource and data source in .tf files against the provider's schema
 * (schema.json extracted from confluentinc/confluent 2.83): each attribute and block exists, required ones are
 * present, blocks are written as blocks and attributes as attributes, read-only (computed) fields are not set,
 * and single blocks are not repeated.
 *
 * <p>Works on anything Terraform reads: the hand-written modules and the generator's output alike.
 */
public final class ConfluentSchemaChecker {

    public static final String SCHEMA_RESOURCE = "/confluent-provider/schema.json";

    private static final Set<String> RESOURCE_META = Set.of("count", "for_each", "depends_on", "provider", "lifecycle",
            "provisioner", "connection");
    private static final Set<String> DATA_META = Set.of("count", "for_each", "depends_on", "provider", "lifecycle");

    private final JsonNode schema;

    public ConfluentSchemaChecker(JsonNode schema) {
        this.schema = schema;
    }

    /** Uses the schema copied into the test classpath ({@value #SCHEMA_RESOURCE}). */
    public static ConfluentSchemaChecker fromClasspath() {
        try (InputStream in = ConfluentSchemaChecker.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the test classpath");
            }
            return new ConfluentSchemaChecker(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Problems found, one line each as {@code file:line: address: message}; empty when everything conforms. */
    public List<String> check(Path dirOrFile) throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : HclDocument.tfFiles(dirOrFile)) {
            HclDocument document;
            try {
                document = HclDocument.parse(file);
            } catch (IOException e) {
                problems.add(file + ":1: " + e.getMessage());
                continue;
            }
            for (HclNode block : document.blocks()) {
                boolean isResource = block.name().equals("resource");
                boolean isData = block.name().equals("data");
                if ((isResource || isData) && block.label(0).startsWith("confluent_")) {
                    checkTopLevel(file, block, isResource, problems);
                }
            }
        }
        return problems;
    }

    private void checkTopLevel(Path file, HclNode block, boolean isResource, List<String> problems) {
        String type = block.label(0);
        String address = (isResource ? "" : "data.") + type + "." + block.label(1);
        JsonNode definition = schema.path(isResource ? "resources" : "data_sources").path(type);
        if (definition.isMissingNode()) {
            problems.add(at(file, block, address, (isResource ? "resource" : "data source") + " type \"" + type
                    + "\" does not exist in the provider schema"));
            return;
        }
        checkBody(file, address, block, definition.path("attributes"), isResource ? RESOURCE_META : DATA_META, problems);
    }

    private void checkBody(Path file, String address, HclNode body, JsonNode attributes, Set<String> metaArguments,
                           List<String> problems) {
        Map<String, Integer> blockCounts = new HashMap<>();
        for (HclNode child : body.children()) {
            if (metaArguments.contains(child.name())) {
                continue;
            }
            if (child.isBlock() && child.name().equals("dynamic")) {
                checkDynamic(file, address, child, attributes, problems);
                blockCounts.merge(child.label(0), 2, Integer::sum); // a dynamic block may expand to any count
                continue;
            }
            JsonNode field = attributes.path(child.name());
            String where = address + "." + child.name();
            if (field.isMissingNode()) {
                problems.add(at(file, child, address, "unknown " + (child.isBlock() ? "block" : "attribute") + " \""
                        + child.name() + "\"; allowed: " + settableNames(attributes)));
                continue;
            }
            boolean schemaBlock = "block".equals(field.path("type").asText());
            if (isReadOnly(field)) {
                problems.add(at(file, child, where, "\"" + child.name() + "\" is read-only (computed by the provider)"
                        + " and cannot be set"));
                continue;
            }
            if (child.isBlock() && !schemaBlock) {
                problems.add(at(file, child, where, "\"" + child.name() + "\" is an attribute: write "
                        + child.name() + " = ..., not a nested block"));
            } else if (child.isAttribute() && schemaBlock) {
                problems.add(at(file, child, where, "\"" + child.name() + "\" is a nested block: write "
                        + child.name() + " { ... }, not " + child.name() + " = ..."));
            } else if (child.isBlock()) {
                blockCounts.merge(child.name(), 1, Integer::sum);
                checkBody(file, where, child, field.path("nested"), Set.of(), problems);
            }
        }
        checkRequiredAndCounts(file, address, body, attributes, blockCounts, problems);
    }

    private void checkDynamic(Path file, String address, HclNode dynamic, JsonNode attributes, List<String> problems) {
        String name = dynamic.label(0);
        JsonNode field = attributes.path(name);
        if (field.isMissingNode() || !"block".equals(field.path("type").asText()) || isReadOnly(field)) {
            problems.add(at(file, dynamic, address, "dynamic \"" + name + "\" does not name a nested block of this type;"
                    + " allowed: " + settableNames(attributes)));
            return;
        }
        for (HclNode content : dynamic.blocks("content")) {
            checkBody(file, address + "." + name, content, field.path("nested"), Set.of(), problems);
        }
    }

    private void checkRequiredAndCounts(Path file, String address, HclNode body, JsonNode attributes,
                                        Map<String, Integer> blockCounts, List<String> problems) {
        Iterator<Map.Entry<String, JsonNode>> fields = attributes.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> entry = fields.next();
            String name = entry.getKey();
            JsonNode field = entry.getValue();
            boolean present = body.children().stream().anyMatch(c -> c.name().equals(name))
                    || blockCounts.containsKey(name);
            if (field.path("required").asBoolean() && !present) {
                boolean isBlock = "block".equals(field.path("type").asText());
                problems.add(at(file, body, address, "missing required " + (isBlock ? "block \"" + name + "\" { ... }"
                        : "attribute \"" + name + "\"")));
            }
            int maxItems = field.path("max_items").asInt(0);
            if ("single".equals(field.path("block_type").asText())) {
                maxItems = 1;
            }
            int count = blockCounts.getOrDefault(name, 0);
            if (maxItems > 0 && count > maxItems && body.blocks("dynamic").stream().noneMatch(d -> d.label(0).equals(name))) {
                problems.add(at(file, body, address, "block \"" + name + "\" appears " + count + " times; at most "
                        + maxItems + " allowed"));
            }
        }
    }

    private static boolean isReadOnly(JsonNode field) {
        return field.path("computed").asBoolean() && !field.path("optional").asBoolean()
                && !field.path("required").asBoolean();
    }

    private static String settableNames(JsonNode attributes) {
        List<String> names = new ArrayList<>();
        attributes.fields().forEachRemaining(e -> {
            if (!isReadOnly(e.getValue())) {
                names.add(e.getKey());
            }
        });
        names.sort(String::compareTo);
        return String.join(", ", names);
    }

    private static String at(Path file, HclNode node, String address, String message) {
        return file + ":" + node.line() + ": " + address + ": " + message;
    }
}
