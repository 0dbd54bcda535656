package dev.connectonboard.descriptor.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.Pattern;

public record ConfluentSettings(
        @JsonProperty(required = true) @Pattern(regexp = NamePatterns.CONFLUENT_ORG_ID)
        @JsonPropertyDescription("Confluent Cloud organization id (UUID).") String organizationId,
        @JsonProperty(required = true) @Pattern(regexp = NamePatterns.ENVIRONMENT_ID)
        @JsonPropertyDescription("Environment that holds the shared Kafka cluster, e.g. env-7q2x9m.") String environmentId,
        @JsonProperty(required = true) KafkaClusterRef kafkaCluster,
        @JsonProperty(required = true) @Pattern(regexp = "^AWS$")
        @JsonPropertyDescription("Cloud of the Kafka cluster; only AWS is supported.") String cloud,
        @JsonProperty(required = true) @Pattern(regexp = NamePatterns.AWS_REGION)
        @JsonPropertyDescription("Region of the Kafka cluster, e.g. eu-west-1.") String region,
        @Pattern(regexp = NamePatterns.GATEWAY_ID)
        @JsonPropertyDescription("Egress gateway for Private Link egress; needed only when a department asks for "
                + "privateLinkEgress.") String egressGatewayId,
        @Pattern(regexp = NamePatterns.ROLE_NAME)
        @JsonPropertyDescription("Role granted to each department's operators on connector=<prefix>-* "
                + "(e.g. ConnectManager). Omit to grant none: Confluent's docs do not confirm that connector "
                + "role bindings accept name prefixes, so test it in a sandbox organization first.")
        String operatorConnectorRole) {
}
