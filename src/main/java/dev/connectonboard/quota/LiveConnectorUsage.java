package dev.connectonboard.quota;

/**
 * A connector that exists in the Kafka cluster, reduced to what quotas count. Class or tasks may be null when
 * Confluent Cloud's answer lacked them; the engine then refuses to decide for that connector's department.
 */
public record LiveConnectorUsage(String name, String connectorClass, Integer tasksMax) {
}
