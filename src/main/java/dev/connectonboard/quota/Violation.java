package dev.connectonboard.quota;

import java.util.List;

/**
 * One reason a limit does not hold.
 *
 * @param message             a full sentence naming department, limit, usage and what to do
 * @param connector           the connector concerned, or null when the department as a whole is
 * @param source              the descriptor line that pushes the usage over; null when live connectors that no
 *                            descriptor declares are over the limit on their own
 * @param liveOnlyConnectors  live connectors not in any descriptor that count towards this violation
 */
public record Violation(String message, String connector, SourceRef source, List<String> liveOnlyConnectors) {

    public Violation {
        liveOnlyConnectors = List.copyOf(liveOnlyConnectors);
    }
}
