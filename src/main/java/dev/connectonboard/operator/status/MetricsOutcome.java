package dev.connectonboard.operator.status;

import java.time.Instant;
import java.util.Objects;

/**
 * Whether the record counts in a report could be read, and over which window.
 *
 * @param unavailableReason why there are no counts (for example a 403 from the Metrics API); null when available
 */
public record MetricsOutcome(Instant start, Instant end, String unavailableReason) {

    public MetricsOutcome {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    public boolean available() {
        return unavailableReason == null;
    }
}
