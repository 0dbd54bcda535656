package dev.connectonboard.descriptor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.connectonboard.descriptor.model.NamePatterns;
import dev.connectonboard.errors.SafeText;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

/**
 * Checks a parsed file against the JSON Schema of its kind and turns each schema error into a message a person can
 * act on: where it is, what is wrong, and what to write instead.
 */
final class StructuralValidator {
    /** A secret's value, or its awsSecretsManager reference written as plain text. */
    private static final Pattern SECRET_VALUE = Pattern.compile(".*/secrets/[^/]+(/awsSecretsManager)?");

    private final Map<DescriptorKind, JsonSchema> validators = new EnumMap<>(DescriptorKind.class);

    /** Problems with apiVersion/kind, or the schema's problems for the kind the file declares. */
    List<Problem> validate(ParsedFile parsed, DescriptorKind kind) {
        Set<ValidationMessage> messages = validator(kind).validate(parsed.tree());
        if (messages.isEmpty()) {
            return new ArrayList<>();
        }
        // the schema (a fresh copy) is needed only to word problems: a valid file, the usual case, never pays for it
        ObjectNode schemaRoot = SchemaCatalog.schemaFor(kind);
        List<Problem> problems = new ArrayList<>();
        for (ValidationMessage message : messages) {
            problems.add(toProblem(parsed, schemaRoot, message));
        }
        return problems;
    }

    private synchronized JsonSchema validator(DescriptorKind kind) {
        return validators.computeIfAbsent(kind, k -> {
            ObjectNode schema = SchemaCatalog.schemaFor(k);
            anchorPatternsAtEndOfInput(schema);
            // English messages whatever the machine's locale: a few library messages reach users unchanged.
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                    .pathType(PathType.JSON_POINTER)
                    .locale(Locale.ENGLISH)
                    .build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema, config);
        });
    }

    /**
     * Java's {@code $} also matches before a final line break, so "fin\n" would pass {@code ^[a-z]+$}. Validation uses
     * patterns anchored at the true end of input; the printed schema keeps the portable form.
     */
    private static void anchorPatternsAtEndOfInput(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode pattern = object.get("pattern");
            if (pattern != null && pattern.isTextual() && pattern.asText().endsWith("$")) {
                String text = pattern.asText();
                object.set("pattern", TextNode.valueOf(text.substring(0, text.length() - 1) + "(?![\\s\\S])"));
            }
        }
        node.forEach(StructuralValidator::anchorPatternsAtEndOfInput);
    }

    private Problem toProblem(ParsedFile parsed, ObjectNode schemaRoot, ValidationMessage message) {
        String pointer = message.getInstanceLocation().toString();
        String schemaPointer = message.getSchemaLocation().getFragment().toString();
        JsonNode schemaAtError = SchemaCatalog.resolve(schemaRoot, parentOf(schemaPointer));
        String type = message.getType();
        return switch (type) {
            case "required" -> {
                String missing = FieldPaths.child(pointer, message.getProperty());
                String description = schemaAtError.path("properties").path(message.getProperty())
                        .path("description").asText("");
                yield problem(parsed, pointer, missing, "required field is missing"
                        + (description.isEmpty() ? "" : " (" + description + ")"));
            }
            case "additionalProperties" -> {
                String unknown = FieldPaths.child(pointer, message.getProperty());
                Set<String> allowed = new TreeSet<>();
                schemaAtError.path("properties").fieldNames().forEachRemaining(allowed::add);
                String hint = Suggestions.closest(message.getProperty(), allowed)
                        .map(c -> "; did you mean '" + c + "'?")
                        .orElse("; allowed here: " + String.join(", ", allowed));
                yield problem(parsed, unknown, unknown, "unknown field '" + message.getProperty() + "'" + hint);
            }
            case "type" -> problem(parsed, pointer, pointer, typeMessage(pointer, message, schemaAtError));
            case "enum" -> {
                List<String> values = StreamSupport.stream(schemaAtError.path("enum").spliterator(), false)
                        .map(JsonNode::asText).toList();
                String typed = message.getInstanceNode() == null ? "" : message.getInstanceNode().asText();
                yield valueProblem(parsed, pointer, "'" + typed + "' is not allowed; use one of: "
                        + String.join(", ", values) + Suggestions.didYouMean(typed, values));
            }
            case "pattern" -> problem(parsed, pointer, pointer, patternMessage(valueText(message),
                    schemaAtError.path("pattern").asText()));
            case "propertyNames" -> {
                String key = FieldPaths.child(pointer, message.getProperty());
                yield problem(parsed, key, key, patternMessage(message.getProperty(),
                        schemaAtError.path("propertyNames").path("pattern").asText()).replaceFirst(" is not valid",
                        " is not a valid name here"));
            }
            case "minimum" -> problem(parsed, pointer, pointer, "must be at least "
                    + schemaAtError.path("minimum").asText() + ", found " + valueText(message));
            case "maximum" -> problem(parsed, pointer, pointer, "must be at most "
                    + schemaAtError.path("maximum").asText() + ", found " + valueText(message));
            case "minItems" -> problem(parsed, pointer, pointer, "needs at least "
                    + entries(schemaAtError.path("minItems").asInt()) + ", found " + size(message));
            case "maxItems" -> problem(parsed, pointer, pointer, "allows at most "
                    + entries(schemaAtError.path("maxItems").asInt()) + ", found " + size(message));
            default -> problem(parsed, pointer, pointer, stripPath(message.getMessage()));
        };
    }

    private static String typeMessage(String pointer, ValidationMessage message, JsonNode schemaAtError) {
        JsonNode value = message.getInstanceNode();
        if (SECRET_VALUE.matcher(pointer).matches() && value != null && value.isValueNode() && !value.isNull()) {
            // never echo the value: it is most likely the secret itself
            return "a secret is never written into a descriptor; reference it instead: "
                    + "{ awsSecretsManager: { secretId: <secret name>, key: <json key> } }";
        }
        String expected = schemaAtError.path("type").isArray()
                ? "a single value (text, a number or true/false)"
                : article(schemaAtError.path("type").asText("another type"));
        String found = value == null ? "nothing" : value.getNodeType().name().toLowerCase(Locale.ROOT);
        String shown = value != null && value.isNumber() ? value.asText()
                : article(found.equals("pojo") ? "value" : found);
        return "expected " + expected + ", found " + shown;
    }

    private static String valueText(ValidationMessage message) {
        return message.getInstanceNode() == null ? "" : message.getInstanceNode().asText();
    }

    private static String size(ValidationMessage message) {
        int size = message.getInstanceNode() == null ? 0 : message.getInstanceNode().size();
        return size == 0 ? "none" : String.valueOf(size);
    }

    private static String entries(int count) {
        return count == 1 ? "1 entry" : count + " entries";
    }

    private static String article(String noun) {
        return switch (noun) {
            case "object" -> "a mapping";
            case "array" -> "a list";
            case "string" -> "a string";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "boolean" -> "true or false";
            case "null" -> "nothing (null)";
            case "value" -> "a value";
            default -> noun;
        };
    }

    private static String patternMessage(String value, String pattern) {
        String rule = NamePatterns.ruleFor(pattern);
        String reason = dangerIn(value, pattern);
        return "'" + printable(value) + "' is not valid" + (reason.isEmpty() ? "" : " (" + reason + ")")
                + "; expected " + (rule != null ? rule : "a value matching " + pattern);
    }

    /** Patterns whose values are paths or references, where '/' is expected. */
    private static final Set<String> SLASH_ALLOWED = Set.of(NamePatterns.IMAGE, NamePatterns.SECRET_ID,
            NamePatterns.SECRET_ID_PATTERN, NamePatterns.KMS_KEY_ARN,
            NamePatterns.RELATIVE_PATH, NamePatterns.BUCKET_KEY_PREFIX, NamePatterns.HTTPS_URL);
    /** Patterns that refuse '..' although they allow '/'. */
    private static final Set<String> DOTDOT_REFUSED = Set.of(NamePatterns.RELATIVE_PATH,
            NamePatterns.BUCKET_KEY_PREFIX);

    /** Names the specific hazard when a value tries something no name should (only hazards the pattern refuses). */
    static String dangerIn(String value, String pattern) {
        if (value.contains("\"") || value.contains("'")) {
            return "it contains a quote";
        }
        if (value.contains("${") || value.contains("%{")) {
            return "it contains a template sequence, which would be evaluated by Terraform";
        }
        if (value.contains("\n") || value.contains("\r")) {
            return "it contains a line break";
        }
        if (SLASH_ALLOWED.contains(pattern)) {
            if (DOTDOT_REFUSED.contains(pattern) && value.contains("..")) {
                return "it contains '..'";
            }
        } else if (value.contains("..") || value.contains("/") || value.contains("\\")) {
            return "it contains a path separator or '..'";
        }
        if (!value.equals(value.trim())) {
            return "it has leading or trailing spaces";
        }
        if (pattern.equals(NamePatterns.IMAGE) && !repository(value).equals(repository(value).toLowerCase(Locale.ROOT))) {
            return "image repositories are lower-case; only the tag may have capitals";
        }
        return "";
    }

    /** An image reference without its tag or digest. */
    private static String repository(String image) {
        int at = image.indexOf('@');
        String name = at < 0 ? image : image.substring(0, at);
        int colon = name.lastIndexOf(':');
        return colon > name.lastIndexOf('/') ? name.substring(0, colon) : name;
    }

    /**
     * A value as a message may quote it: credentials in a URL's user part replaced by {@code ***}, control and
     * line-separator characters escaped, at most 80 characters.
     */
    static String printable(String value) {
        String shown = SafeText.oneLine(SecretShapes.redactUserinfo(value));
        return shown.length() > 80 ? shown.substring(0, 77) + "..." : shown;
    }

    private static String stripPath(String text) {
        int colon = text.indexOf(": ");
        return colon >= 0 && text.startsWith("/") ? text.substring(colon + 2) : text;
    }

    private static String parentOf(String schemaPointer) {
        int slash = schemaPointer.lastIndexOf('/');
        return slash <= 0 ? "" : schemaPointer.substring(0, slash);
    }

    /** A problem with the value itself (not allowed, wrong form): located at the value, not at its key. */
    private static Problem valueProblem(ParsedFile parsed, String pointer, String message) {
        return new Problem(parsed.file(), parsed.locations().locateValue(pointer), FieldPaths.fromPointer(pointer),
                message);
    }

    private static Problem problem(ParsedFile parsed, String locationPointer, String fieldPointer, String message) {
        return new Problem(parsed.file(), parsed.locations().locate(locationPointer),
                FieldPaths.fromPointer(fieldPointer), message);
    }
}
