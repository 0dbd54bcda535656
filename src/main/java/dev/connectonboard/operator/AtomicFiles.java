package dev.connectonboard.operator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file whole or not at all: readers (a browser, CI, a second run) never see half of it. */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Writes {@code content} to {@code target}, replacing what was there. */
    public static void replace(Path target, String content) throws IOException {
        Path staged = stage(target, content);
        try {
            try {
                Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(staged);
        }
    }

    /**
     * Writes {@code content} to {@code target} only if no file is there.
     *
     * @throws java.nio.file.FileAlreadyExistsException when {@code target} exists
     */
    public static void createNew(Path target, String content) throws IOException {
        Path staged = stage(target, content);
        try {
            Files.move(staged, target);
        } finally {
            Files.deleteIfExists(staged);
        }
    }

    /** A hidden temporary file next to {@code target} holding {@code content}. */
    public static Path stage(Path target, String content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path staged = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
        Files.writeString(staged, content, StandardCharsets.UTF_8);
        return staged;
    }
}
