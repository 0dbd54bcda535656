package dev.connectonboard.confluent;

import okhttp3.Headers;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When to retry and how long to wait. Confluent asks clients to back off exponentially with jitter and to honour
 * {@code Retry-After}; {@code X-RateLimit-Reset} is relative seconds (not epoch), used when Retry-After is absent.
 *
 * @param maxRetries     retries after the first attempt (the Terraform provider's default is 4)
 * @param backoffBase    first backoff when the server gives no delay
 * @param backoffCap     longest computed backoff
 * @param maxServerDelay longest server-requested wait this client accepts; a longer one ends the retries at once
 * @param random         jitter source
 */
public record RetryPolicy(int maxRetries, Duration backoffBase, Duration backoffCap, Duration maxServerDelay,
                          RandomGenerator random) {

    public RetryPolicy {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be >= 0");
        }
    }

    /** Four retries, 1 s doubling up to 30 s, like the Confluent Terraform provider; server delays up to 60 s. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(60),
                RandomGenerator.getDefault());
    }

    public RetryPolicy withMaxRetries(int retries) {
        return new RetryPolicy(retries, backoffBase, backoffCap, maxServerDelay, random);
    }

    /** 429 and 5xx are transient; 501 (not implemented) never gets better by asking again. */
    public boolean isRetryable(int status) {
        return status == 429 || (status >= 500 && status != 501);
    }

    /**
     * Capped exponential backoff with "equal jitter": half the step is fixed, half random, so waits never collapse
     * to zero and parallel CI jobs sharing one key spread out.
     *
     * @param retry 1 for the first retry
     */
    public Duration backoff(int retry) {
        long base = Math.max(1, backoffBase.toMillis());
        long step = base << Math.min(retry - 1, 20);
        long capped = Math.min(step, backoffCap.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + (half == 0 ? 0 : random.nextLong(half + 1)));
    }

    /** The wait the server asked for: Retry-After (seconds or HTTP date), else X-RateLimit-Reset (seconds). */
    public Optional<Duration> serverDelay(Headers headers, Clock clock) {
        Optional<Duration> retryAfter = parseRetryAfter(headers.get("Retry-After"), clock);
        return retryAfter.isPresent() ? retryAfter : parseSeconds(headers.get("X-RateLimit-Reset"));
    }

    private static Optional<Duration> parseRetryAfter(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Optional<Duration> seconds = parseSeconds(value);
        if (seconds.isPresent()) {
            return seconds;
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration wait = Duration.between(clock.instant(), at.toInstant());
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Duration> parseSeconds(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            long seconds = Long.parseLong(value.trim());
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
