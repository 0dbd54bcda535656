package dev.connectonboard.descriptor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** Writes input files for a test and loads them the way every command does. */
public final class Inputs {
    /** Eight lines; a body appended to it starts at line 9. */
    public static final String DEPARTMENT_HEADER = """
            apiVersion: connect-onboard/v1
            kind: DepartmentOnboarding
            department:
              name: finance
              prefix: fin
              owners: [finance-data@example.org]
            connect:
              runtime: managed
            """;

    private Inputs() {
    }

    static Path write(Path dir, String fileName, String text) {
        try {
            Path file = dir.resolve(fileName);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The finance department, managed, with this body from line 9 on. */
    static Path department(Path dir, String body) {
        return write(dir, "finance.yaml", DEPARTMENT_HEADER + body);
    }

    /** Copies {@code src/test/resources/descriptors/<name>} into the folder. */
    static Path resource(Path dir, String name) {
        try (InputStream in = Inputs.class.getResourceAsStream("/descriptors/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource descriptors/" + name);
            }
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.copy(in, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputSet load(Path... paths) {
        return InputLoader.load(Arrays.asList(paths));
    }

    /** Every problem the inputs have, as the user reads them; fails when they load without problems. */
    static List<String> problems(Path... paths) {
        InvalidInputException invalid = assertThrows(InvalidInputException.class, () -> load(paths));
        return invalid.details();
    }

    static String at(Path file, int line, int column, String field, String message) {
        return file + ":" + line + ":" + column + ": " + (field.isEmpty() ? "" : field + ": ") + message;
    }
}
