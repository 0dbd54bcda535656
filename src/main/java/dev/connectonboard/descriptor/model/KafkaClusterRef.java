package dev.connectonboard.descriptor.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.Pattern;

public record KafkaClusterRef(
        @JsonProperty(required = true) @Pattern(regexp = NamePatterns.KAFKA_CLUSTER_ID)
        @JsonPropertyDescription("Kafka cluster id, e.g. lkc-5k3p2d.") String id,
        @JsonProperty(required = true) @Pattern(regexp = NamePatterns.HTTPS_URL)
        @JsonPropertyDescription("The cluster's REST endpoint.") String restEndpoint) {
}
