package dev.connectonboard.descriptor.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.Pattern;

/**
 * Something {@code connect-onboard adopt} brought under GitOps: it ran before it was declared, so the generated root
 * imports it instead of creating it. Generation depends on the descriptor alone.
 */
@JsonClassDescription("A connector or topic that existed before it was declared (written by connect-onboard adopt): "
        + "the generated root imports it (imports.tf) instead of creating it. Exactly one of connector, topic; "
        + "it must be declared.")
public record AdoptedResource(
        @Pattern(regexp = NamePatterns.CONNECTOR_NAME)
        @JsonPropertyDescription("A declared connector that already runs (created with the Confluent CLI, the "
                + "console or the workers' REST API).") String connector,
        @Pattern(regexp = NamePatterns.TOPIC_NAME)
        @JsonPropertyDescription("A declared topic that already exists.") String topic) {
}
