package dev.connectonboard.descriptor.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.Pattern;

/**
 * A department's explicit consent to one change the plan gate would otherwise refuse: deleting or replacing a topic
 * (its records are lost), deleting or replacing a connector (its offsets and consumer group are lost), or removing
 * the whole department (offboarding). Exactly one of {@code topic}, {@code connector} and {@code department} names
 * what is acknowledged. It sits in the descriptor so the consent, and its reason, is part of the pull request's diff.
 */
public record Acknowledgement(
        @Pattern(regexp = NamePatterns.TOPIC_NAME)
        @JsonPropertyDescription("A topic of the department (its own, a DLQ <prefix>.dlq.<connector> or a Connect "
                + "internal topic) whose records the change destroys.") String topic,
        @Pattern(regexp = NamePatterns.CONNECTOR_NAME)
        @JsonPropertyDescription("A connector whose offsets and consumer group the change loses (removed, renamed "
                + "or replaced).") String connector,
        @Pattern(regexp = NamePatterns.SLUG)
        @JsonPropertyDescription("This department's own name: it is being offboarded, every delete in its plan is "
                + "acknowledged (topics kept with removed blocks are only released from state).") String department,
        @JsonProperty(required = true)
        @JsonPropertyDescription("delete (the resource goes away) or replace (destroyed and created again); a "
                + "department acknowledgement is always delete.") AcknowledgedAction action,
        @JsonProperty(required = true) @Pattern(regexp = NamePatterns.REASON)
        @JsonPropertyDescription("Why the loss is intended, for the reviewer (e.g. a change ticket and where the "
                + "data went).") String reason) {

    /** What the acknowledgement is about, e.g. {@code topic fin.payments.v1}; null when it names nothing. */
    public String subject() {
        if (topic != null) {
            return "topic " + topic;
        }
        if (connector != null) {
            return "connector " + connector;
        }
        return department == null ? null : "department " + department;
    }
}
