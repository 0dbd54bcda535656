package dev.connectonboard.cli;

/** The exit codes every command shares (see docs/cli.md). */
public final class ExitCode {
    /** Everything holds. */
    public static final int OK = 0;
    /** A policy or check failed: quota exceeded, forbidden class, stale generated/, invalid descriptor. */
    public static final int CHECK_FAILED = 1;
    /** The command was used wrong: unknown flag, missing file. */
    public static final int USAGE = 2;
    /** The answer could not be determined: Confluent Cloud unreachable, 401/403, 5xx after retries, bad response. */
    public static final int UNDETERMINED = 3;

    private ExitCode() {
    }
}
