package dev.connectonboard.confluent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The time range and granularity of a Metrics API query.
 *
 * @param granularity ISO-8601 duration the API accepts (PT1M, PT5M, PT15M, PT30M, PT1H, PT4H, PT6H, PT12H, P1D) or ALL
 */
public record MetricsWindow(Instant start, Instant end, String granularity) {

    /** Metrics arrive about five minutes late, so windows end a few minutes before now. */
    private static final Duration LATENCY = Duration.ofMinutes(5);

    public MetricsWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(granularity, "granularity");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("a metrics window must start before it ends");
        }
    }

    /** The last {@code hours} whole hours that have data, one point per hour. */
    public static MetricsWindow lastHours(int hours, Clock clock) {
        Instant end = clock.instant().minus(LATENCY).truncatedTo(ChronoUnit.HOURS);
        return new MetricsWindow(end.minus(Duration.ofHours(hours)), end, "PT1H");
    }

    /**
     * The last whole minute that has data, as one point: for gauges such as retained bytes, which Confluent samples
     * every 60 seconds, one point is the latest value rather than a sum over time.
     */
    public static MetricsWindow lastMinute(Clock clock) {
        Instant end = clock.instant().minus(LATENCY).truncatedTo(ChronoUnit.MINUTES);
        return new MetricsWindow(end.minus(Duration.ofMinutes(1)), end, "PT1M");
    }

    String interval() {
        return start + "/" + end;
    }
}
