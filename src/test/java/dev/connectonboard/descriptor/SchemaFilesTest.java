package dev.connectonboard.descriptor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Editors are pointed at schema files that exist: every {@code $schema=} line of the examples resolves to the schema
 * of the file's own kind in {@code schemas/} (which {@code SchemaCatalogTest} keeps equal to the model).
 */
class SchemaFilesTest {
    private static final Pattern MODELINE = Pattern.compile("(?m)^# yaml-language-server: \\$schema=(\\S+)$");
    private static final Pattern KIND = Pattern.compile("(?m)^kind: (\\S+)$");

    @TempDir
    Path dir;

    @Test
    void everyExampleModelinePointsAtTheSchemaOfItsKind() throws IOException {
        List<Path> yaml;
        try (Stream<Path> files = Files.walk(Path.of("examples"))) {
            yaml = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        int checked = 0;
        for (Path file : yaml) {
            String text = Files.readString(file);
            Matcher kind = KIND.matcher(text);
            if (!kind.find()) {
                continue;
            }
            Matcher modeline = MODELINE.matcher(text);
            assertTrue(modeline.find(), file + " has no $schema line");
            Path schema = file.getParent().resolve(modeline.group(1)).normalize();
            assertTrue(Files.isRegularFile(schema), file + " points at " + schema + ", which does not exist");
            assertEquals(SchemaFiles.fileName(DescriptorKind.valueOf(kind.group(1))), schema.getFileName().toString(),
                    file.toString());
            checked++;
        }
        assertEquals(5, checked, "platform, quotas and three departments");
    }

    @Test
    void findLooksInTheFolderAndItsParentsAndGivesAPathRelativeToTheFile() throws IOException {
        Path departments = Files.createDirectories(dir.resolve("repo/teams/departments"));
        assertEquals(Optional.empty(), SchemaFiles.find(departments, DescriptorKind.DepartmentOnboarding));
        SchemaFiles.writeAll(dir.resolve("repo/schemas"));
        assertEquals(Optional.of("../../schemas/DepartmentOnboarding.json"),
                SchemaFiles.find(departments, DescriptorKind.DepartmentOnboarding));
    }
}
