package dev.connectonboard.quota.report;

import dev.connectonboard.errors.FailureKind;
import dev.connectonboard.errors.OnboardException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a report file whole or not at all, so CI never picks up half a report. */
public final class ReportFile {

    private ReportFile() {
    }

    /** Writes {@code target}; its folder must exist (a missing one is a mistyped path, never created here). */
    public static void write(Path target, String content) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (!Files.isDirectory(folder)) {
            throw new OnboardException(FailureKind.USAGE, "cannot write the report to " + target + ": no folder "
                    + folder + "; create it first or pass an --output path in an existing folder");
        }
        try {
            Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
            try {
                Files.writeString(temporary, content, StandardCharsets.UTF_8);
                try {
                    Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException notAtomic) {
                    Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new OnboardException(FailureKind.USAGE, "cannot write the report to " + target + ": " + e.getMessage()
                    + "; pass an --output path in a writable folder");
        }
    }
}
