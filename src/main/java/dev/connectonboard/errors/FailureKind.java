package dev.connectonboard.errors;

/** What kind of failure a user met; the CLI turns each into one exit code. */
public enum FailureKind {
    /** A policy or check failed (exit 1). */
    CHECK_FAILED,
    /** The tool was called wrong or an input is missing (exit 2). */
    USAGE,
    /** The answer could not be determined, e.g. Confluent Cloud could not be read (exit 3). */
    UNDETERMINED
}
