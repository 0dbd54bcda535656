package dev.connectonboard.descriptor.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

public record ConnectSettings(
        @JsonProperty(required = true)
        @JsonPropertyDescription("managed: Confluent Cloud fully managed connectors; self-managed: Connect workers "
                + "on AWS ECS Fargate.") ConnectRuntime runtime,
        @JsonPropertyDescription("Only for runtime: self-managed.") SelfManagedSettings selfManaged) {
}
