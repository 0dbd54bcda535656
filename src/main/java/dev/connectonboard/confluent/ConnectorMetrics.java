package dev.connectonboard.confluent;

/**
 * Record counts of one connector over a {@link MetricsWindow}, summed over its points. A connector the Metrics API
 * returned no points for has zeros (the API omits series without data).
 */
public record ConnectorMetrics(String connectorId, long receivedRecords, long sentRecords,
                               long deadLetterQueueRecords) {
}
