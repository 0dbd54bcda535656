package dev.connectonboard.descriptor;

import dev.connectonboard.errors.FailureKind;
import dev.connectonboard.errors.OnboardException;

import java.util.List;

/** Inputs that cannot be accepted; carries every problem found, sorted by file and line. */
public final class InvalidInputException extends OnboardException {
    private final List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        this(problems, FailureKind.CHECK_FAILED);
    }

    /**
     * @param kind {@link FailureKind#USAGE} when every problem is a wrong path rather than a wrong file (a folder
     *             without inputs): the command was pointed at the wrong place
     */
    public InvalidInputException(List<Problem> problems, FailureKind kind) {
        super(kind, summary(problems));
        this.problems = problems.stream().sorted().distinct().toList();
    }

    public List<Problem> problems() {
        return problems;
    }

    @Override
    public List<String> details() {
        return problems.stream().map(Problem::toString).toList();
    }

    private static String summary(List<Problem> problems) {
        return problems.size() == 1 ? "1 problem found" : problems.size() + " problems found";
    }
}
