package dev.connectonboard.confluent;

import java.time.Duration;

/**
 * One retry about to happen, for the person waiting: which call, why, when the next attempt is and how many there
 * are. The client never prints; the CLI announces each notice on stderr, so a slow run is never silent.
 *
 * @param attempt the attempt that comes next (2 for the first retry)
 * @param of      attempts in all (the first one plus every retry)
 * @param reason  what went wrong, without credentials (e.g. "connection refused", "HTTP 503")
 */
public record RetryNotice(String call, String reason, int attempt, int of, Duration delay) {

    /** {@code retrying in 2 s, attempt 2 of 5: GET /connect/v1/... failed: connection refused} */
    @Override
    public String toString() {
        return "retrying in " + Failures.seconds(delay) + ", attempt " + attempt + " of " + of + ": " + call + " "
                + reason;
    }
}
