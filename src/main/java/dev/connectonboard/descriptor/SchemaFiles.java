package dev.connectonboard.descriptor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.connectonboard.errors.FailureKind;
import dev.connectonboard.errors.OnboardException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON Schemas as files editors can point at ({@code # yaml-language-server: $schema=../schemas/Platform.json}):
 * a path in the repository, since no web site serves them.
 */
public final class SchemaFiles {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SchemaFiles() {
    }

    /** The file name of a kind's schema: {@code Platform.json}. */
    public static String fileName(DescriptorKind kind) {
        return kind.name() + ".json";
    }

    /** The schema text of a kind, exactly as written to its file. */
    public static String text(DescriptorKind kind) {
        try {
            return JSON.writeValueAsString(SchemaCatalog.schemaFor(kind)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes every kind's schema into {@code folder} (created when missing); returns the files written. */
    public static List<Path> writeAll(Path folder) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (DescriptorKind kind : DescriptorKind.values()) {
                Path file = folder.resolve(fileName(kind));
                Files.writeString(file, text(kind), StandardCharsets.UTF_8);
                written.add(file);
            }
        } catch (IOException e) {
            throw new OnboardException(FailureKind.USAGE, "cannot write the schemas to " + folder + ": "
                    + e.getMessage() + "; pass --out a writable folder", e);
        }
        return written;
    }
}
