package dev.connectonboard.operator.offboard;

import java.util.List;

/**
 * What removing a department destroys, by class, before anything happens; with the live facts that could be read.
 *
 * @param liveRead      whether Confluent Cloud (or the workers) were read
 * @param liveNote      what was read, or why not (no credentials, unreachable workers)
 * @param descriptorEdit the YAML the descriptor gets (offboarding marker, acknowledgement)
 * @param written       whether the descriptor was edited and the root regenerated
 */
public record OffboardReport(String department, String prefix, String runtime, String descriptor,
                             List<TopicFate> topics, List<ConnectorFate> connectors, List<String> access,
                             boolean liveRead, String liveNote, String sizesNote, String descriptorEdit,
                             boolean written) {

    public OffboardReport {
        topics = List.copyOf(topics);
        connectors = List.copyOf(connectors);
        access = List.copyOf(access);
    }

    /**
     * A topic and what happens to it.
     *
     * @param kind department, dead letter queue or Connect internal
     * @param kept released from state instead of deleted
     * @param retainedBytes what the topic holds (all partitions), as the Metrics API last sampled it; null when not
     *                      read or not reported
     */
    public record TopicFate(String name, String kind, boolean kept, Long retainedBytes) {
        public TopicFate(String name, String kind, boolean kept) {
            this(name, kind, kept, null);
        }

        TopicFate withRetainedBytes(Long bytes) {
            return new TopicFate(name, kind, kept, bytes);
        }
    }

    /**
     * A connector, with its live state and the records it moved over the last hour when those could be read.
     *
     * @param liveState        RUNNING, PAUSED, FAILED... or null when not read or not found
     * @param recordsLastHour  records in plus out over the last hour, or null when not read
     */
    public record ConnectorFate(String name, String connectorClass, String liveState, Long recordsLastHour) {
    }
}
