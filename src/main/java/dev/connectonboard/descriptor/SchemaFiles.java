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
import java.util.Optional;

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

    /**
     * The schema text of a kind as the model records define it now (not the copy in the jar, which may be the stale
     * thing being refreshed), exactly as written to its file.
     */
    public static String text(DescriptorKind kind) {
        try {
            return JSON.writeValueAsString(SchemaCatalog.generate(kind)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder name {@code schema --out} is documented with, and where {@link #find} looks. */
    public static final String FOLDER = "schemas";
    private static final int LEVELS_UP = 4;

    /**
     * The schema file of a kind for a YAML file in {@code fileFolder}, as the relative path its
     * {@code $schema=} line needs: {@code schemas/<Kind>.json} in that folder or one of its first parents. Empty
     * when there is none, or when the path is not plain enough to sit in a comment line.
     */
    public static Optional<String> find(Path fileFolder, DescriptorKind kind) {
        Path start = fileFolder.toAbsolutePath().normalize();
        Path folder = start;
        for (int level = 0; folder != null && level <= LEVELS_UP; level++, folder = folder.getParent()) {
            Path schema = folder.resolve(FOLDER).resolve(fileName(kind));
            if (Files.isRegularFile(schema)) {
                String relative = start.relativize(schema).toString().replace('\\', '/');
                return relative.matches("[A-Za-z0-9._/-]+") ? Optional.of(relative) : Optional.empty();
            }
        }
        return Optional.empty();
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
