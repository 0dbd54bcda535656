package dev.connectonboard.descriptor.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

public record Connector(
        @JsonProperty(required = true) @Pattern(regexp = NamePatterns.CONNECTOR_NAME)
        @JsonPropertyDescription("Connector name; starts with <prefix>-.") String name,
        @JsonProperty(value = "class", required = true) @Pattern(regexp = NamePatterns.CONNECTOR_CLASS)
        @JsonPropertyDescription("connector.class: the Confluent Cloud plugin id, e.g. S3_SINK.")
        String connectorClass,
        @JsonPropertyDescription("sink or source; derived from the class name when it contains Sink or Source.")
        ConnectorDirection direction,
        @Min(1) @Max(1000) @JsonProperty(defaultValue = "1")
        @JsonPropertyDescription("tasks.max (default 1).") Integer tasks,
        @JsonPropertyDescription("Omit to leave the run state to Confluent Cloud: the connector is created running, "
                + "and a failed connector never blocks the apply that fixes its config. paused: Terraform pauses it "
                + "(a new connector is created running and paused by the next apply). running: Terraform resumes "
                + "a paused connector and keeps it running; remove it once resumed, since while it is set an apply "
                + "fails on a FAILED connector (the Confluent provider refuses FAILED -> RUNNING).")
        ConnectorState state,
        @JsonPropertyDescription("Topics the connector reads (sinks) or writes (sources); each must be declared "
                + "under topics, so Terraform creates it with its partitions and retention. For a CDC source these "
                + "are <topic.prefix>.<schema>.<table> for each table.include.list entry (validate lists them).")
        List<@Pattern(regexp = NamePatterns.TOPIC_NAME) String> topics,
        @JsonProperty(defaultValue = "false")
        @JsonPropertyDescription("Sources only: let the connector create the topics it writes, under its "
                + "topic.prefix (which must start with <prefix>.), instead of declaring them. Terraform then does "
                + "not manage their partitions, retention or cleanup; the connector's defaults apply.")
        Boolean createsTopics,
        @Pattern(regexp = NamePatterns.IAM_ROLE_NAME)
        @JsonPropertyDescription("One of iamRoles, by name.") String iamRole,
        @Pattern(regexp = NamePatterns.SHORT_NAME)
        @JsonPropertyDescription("One of privateLinkEgress, by name.") String privateLink,
        @ScalarValues
        @JsonPropertyDescription("Non-sensitive connector properties, passed through unchanged as strings.")
        Map<@Pattern(regexp = NamePatterns.CONFIG_KEY) String, String> config,
        @JsonPropertyDescription("Sensitive properties: references to AWS Secrets Manager, never values.")
        Map<@Pattern(regexp = NamePatterns.CONFIG_KEY) String, SecretRef> secrets,
        @JsonPropertyDescription("Error handling and dead letter queue.") ErrorHandling errors) {

    public Connector {
        tasks = tasks == null ? 1 : tasks;
        topics = topics == null ? List.of() : List.copyOf(topics);
        createsTopics = createsTopics != null && createsTopics;
        config = config == null ? Map.of() : new TreeMap<>(config);
        secrets = secrets == null ? Map.of() : new TreeMap<>(secrets);
        errors = errors == null ? ErrorHandling.DEFAULT : errors;
    }

    /**
     * The declared direction, else the catalog's for a self-managed class it knows, else the one the class name
     * implies, else null (validation reports that).
     */
    public ConnectorDirection effectiveDirection() {
        if (direction != null) {
            return direction;
        }
        var known = dev.connectonboard.descriptor.catalog.ConnectorCatalog.shared().selfManaged(connectorClass);
        if (known.isPresent()) {
            return "sink".equals(known.get().direction()) ? ConnectorDirection.SINK : ConnectorDirection.SOURCE;
        }
        String lower = connectorClass == null ? "" : connectorClass.toLowerCase(Locale.ROOT);
        if (lower.contains("sink")) {
            return ConnectorDirection.SINK;
        }
        if (lower.contains("source")) {
            return ConnectorDirection.SOURCE;
        }
        return null;
    }
}
