package dev.connectonboard.errors;

import java.util.List;

/**
 * A failure with a message written for the person running the tool. Domain code throws subclasses of this; only the
 * CLI decides how it is printed and which exit code it becomes.
 */
public class OnboardException extends RuntimeException {
    private final FailureKind kind;

    public OnboardException(FailureKind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public OnboardException(FailureKind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public FailureKind kind() {
        return kind;
    }

    /** Lines printed before the message, one per item, e.g. every problem of an invalid descriptor. */
    public List<String> details() {
        return List.of();
    }
}
