package dev.connectonboard.cli;

import dev.connectonboard.errors.FailureKind;
import dev.connectonboard.errors.OnboardException;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code --output FILE}: where a report goes instead of stdout. The folder must exist: a typo in a CI path must fail
 * (exit 2) rather than quietly create folders nobody reads. Checked before anything is read or fetched.
 */
public final class OutputOption {
    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the report to FILE (its folder must exist) and print a one-line summary instead.")
    Path file;

    /** The file given, its folder checked; null when the report goes to stdout. */
    public Path checked() {
        return file == null ? null : writableFile(file, "--output");
    }

    /** {@code file} when a file can be written there: its folder exists and it is not a folder itself. */
    static Path writableFile(Path file, String option) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new OnboardException(FailureKind.USAGE, "cannot write " + file + ": no folder "
                    + (file.getParent() == null ? folder : file.getParent()) + "; create it first or pass " + option
                    + " a file in an existing folder");
        }
        if (Files.isDirectory(file)) {
            throw new OnboardException(FailureKind.USAGE, "cannot write " + file + ": it is a folder; pass " + option
                    + " a file name");
        }
        return file;
    }
}
