package dev.connectonboard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.connectonboard.cli.CliTestSupport.CliResult;
import dev.connectonboard.descriptor.DescriptorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static dev.connectonboard.cli.CliTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code connect-onboard schema KIND}: the JSON Schema editors use, checked by an independent validator. */
class SchemaCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private static JsonNode printedSchema(String kind) throws IOException {
        CliResult result = run("schema", kind);
        assertEquals(ExitCode.OK, result.exitCode(), result::toString);
        assertEquals("", result.err());
        return JSON.readTree(result.out());
    }

    private static JsonSchema compiled(String kind) throws IOException {
        return FACTORY.getSchema(printedSchema(kind));
    }

    @ParameterizedTest
    @EnumSource(DescriptorKind.class)
    void printsASchemaThatTheJsonSchemaMetaSchemaAccepts(DescriptorKind kind) throws IOException {
        JsonNode schema = printedSchema(kind.name());
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText());
        assertEquals("https://connect-onboard.dev/schema/v1/" + kind + ".json", schema.path("$id").asText());
        assertEquals(kind.name(), schema.path("title").asText());
        JsonSchema metaSchema = FACTORY.getSchema(SchemaLocation.of(SchemaId.V202012));
        assertEquals(Set.of(), metaSchema.validate(schema));
    }

    static Stream<Path> exampleFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(Path.of("examples"))) {
            List<Path> files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            assertTrue(files.size() >= 3, "examples found: " + files);
            return files.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("exampleFiles")
    void everyExampleIsValidAgainstThePrintedSchema(Path example) throws IOException {
        JsonNode tree = YAML.readTree(example.toFile());
        Set<ValidationMessage> errors = compiled(tree.path("kind").asText()).validate(tree);
        assertEquals(Set.of(), errors, example.toString());
    }

    @Test
    void rejectsAnUnknownFieldAtTopAndDeepInside() throws IOException {
        ObjectNode finance = (ObjectNode) YAML.readTree(Path.of("examples/departments/finance.yaml").toFile());
        finance.putArray("conectors");
        ((ObjectNode) finance.path("connectors").path(0)).put("tasksMax", 3);
        List<String> errors = compiled("DepartmentOnboarding").validate(finance).stream()
                .map(m -> m.getType() + " " + m.getInstanceLocation() + " " + m.getProperty())
                .sorted()
                .toList();
        assertEquals(List.of("additionalProperties $ conectors", "additionalProperties $.connectors[0] tasksMax"),
                errors);
    }

    @Test
    void rejectsASecretWrittenAsAValue() throws IOException {
        ObjectNode finance = (ObjectNode) YAML.readTree(Path.of("examples/departments/finance.yaml").toFile());
        ((ObjectNode) finance.path("connectors").path(0).path("secrets")).put("database.password", "hunter2");
        List<String> types = compiled("DepartmentOnboarding").validate(finance).stream()
                .map(ValidationMessage::getType).toList();
        assertEquals(List.of("type"), types);
    }

    @Test
    void acceptsTheKindInAnyCase() {
        CliResult result = run("schema", "departmentonboarding");
        assertEquals(ExitCode.OK, result.exitCode(), result::toString);
        assertTrue(result.out().contains("\"title\" : \"DepartmentOnboarding\""), result::toString);
    }

    @Test
    void usageErrorForAnUnknownKind() {
        CliResult result = run("schema", "Department");
        assertEquals(ExitCode.USAGE, result.exitCode(), result::toString);
        assertEquals("", result.out());
        assertTrue(result.err().startsWith("error: Invalid value for positional parameter at index 0 (KIND): "
                + "expected one of [Platform, QuotaPolicy, DepartmentOnboarding]"), result::toString);
        ValidateCommandTest.assertNoStackTrace(result);
    }

    @Test
    void usageErrorWithoutKind() {
        CliResult result = run("schema");
        assertEquals(ExitCode.USAGE, result.exitCode(), result::toString);
        assertEquals("error: schema needs a KIND (Platform, QuotaPolicy or DepartmentOnboarding) or --out DIR\n"
                + "Usage: connect-onboard schema --help\n", result.err());
    }

    @Test
    void outWritesEverySchemaAsTheFilesEditorsPointAt(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path folder = dir.resolve("schemas");
        CliResult result = run("schema", "--out", folder);
        assertEquals(ExitCode.OK, result.exitCode(), result::toString);
        for (String kind : new String[] {"Platform", "QuotaPolicy", "DepartmentOnboarding"}) {
            assertTrue(result.out().contains("wrote " + folder.resolve(kind + ".json") + "\n"), result::toString);
            assertEquals(run("schema", kind).out(), java.nio.file.Files.readString(folder.resolve(kind + ".json")));
        }
        assertEquals(ExitCode.USAGE, run("schema", "--out", folder, "Platform").exitCode(), "KIND or --out, not both");
    }
}
