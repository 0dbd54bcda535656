package dev.connectonboard.operator.status;

/** Records a connector received, sent and wrote to its dead letter queue over the metrics window. */
public record RecordCounts(long in, long out, long deadLetterQueue) {
}
