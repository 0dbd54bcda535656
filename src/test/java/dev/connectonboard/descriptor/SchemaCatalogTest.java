package dev.connectonboard.descriptor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The schemas shipped in the jar are exactly what the model records generate. */
class SchemaCatalogTest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @ParameterizedTest
    @EnumSource(DescriptorKind.class)
    void shippedSchemaMatchesTheModel(DescriptorKind kind) throws IOException {
        String generated = JSON.writeValueAsString(SchemaCatalog.generate(kind)) + "\n";
        String shipped;
        try (InputStream in = SchemaCatalog.class.getResourceAsStream(SchemaCatalog.resourcePath(kind))) {
            shipped = in == null ? "(missing)" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!generated.equals(shipped)) {
            Path fresh = Path.of("target", "generated-schemas", kind + ".json");
            Files.createDirectories(fresh.getParent());
            Files.writeString(fresh, generated);
            assertEquals(generated, shipped, "the model changed: refresh schemas/ with ./connect-onboard schema --out "
                    + "schemas (or copy " + fresh + " to schemas/" + kind + ".json)");
        }
        assertEquals(generated, Files.readString(Path.of("schemas", kind + ".json")), "schemas/ is what the jar "
                + "ships; refresh it with ./connect-onboard schema --out schemas");
        assertEquals(generated, JSON.writeValueAsString(SchemaCatalog.schemaFor(kind)) + "\n",
                "what the CLI prints and validates with");
    }
}
