package dev.connectonboard.descriptor;

import dev.connectonboard.errors.FailureKind;
import dev.connectonboard.errors.OnboardException;

import java.nio.file.Path;
import java.util.List;

/** Inputs that cannot be accepted; carries every problem found, sorted by file and line. */
public final class InvalidInputException extends OnboardException {
    private final List<Problem> problems;
    private final List<Path> skipped;

    public InvalidInputException(List<Problem> problems) {
        this(problems, FailureKind.CHECK_FAILED);
    }

    /**
     * @param kind {@link FailureKind#USAGE} when every problem is a wrong path rather than a wrong file (a folder
     *             without inputs): the command was pointed at the wrong place
     */
    public InvalidInputException(List<Problem> problems, FailureKind kind) {
        this(problems, kind, List.of());
    }

    /** @param skipped files of other tools met in folders: listed even though the run failed, so none hides */
    public InvalidInputException(List<Problem> problems, FailureKind kind, List<Path> skipped) {
        super(kind, summary(problems));
        this.problems = problems.stream().sorted().distinct().toList();
        this.skipped = List.copyOf(skipped);
    }

    /** The line that tells a user a file was not read as an input. */
    public static String skippedLine(Path file) {
        return "skipped " + file + ": not a connect-onboard file (no 'apiVersion: " + DescriptorKind.API_VERSION
                + "')";
    }

    public List<Problem> problems() {
        return problems;
    }

    @Override
    public List<String> details() {
        List<String> lines = new java.util.ArrayList<>(problems.stream().map(Problem::toString).toList());
        skipped.forEach(file -> lines.add(skippedLine(file)));
        return lines;
    }

    private static String summary(List<Problem> problems) {
        return problems.size() == 1 ? "1 problem found" : problems.size() + " problems found";
    }
}
