package dev.connectonboard.descriptor.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.Pattern;

public record TerraformSettings(
        @JsonProperty(required = true) @Pattern(regexp = NamePatterns.VERSION_CONSTRAINT)
        @JsonPropertyDescription("Version constraint for confluentinc/confluent, e.g. \"~> 2.83\". It must allow "
                + "a version the modules accept (~> 2.83); the generated root states both together.")
        String confluentProviderVersion,
        @JsonProperty(required = true) @Pattern(regexp = NamePatterns.VERSION_CONSTRAINT)
        @JsonPropertyDescription("Version constraint for hashicorp/aws, e.g. \"~> 5.100\". It must allow a "
                + "version the modules accept (>= 5.0).") String awsProviderVersion,
        @JsonPropertyDescription("Remote state; one state per department. Omit for local state.") Backend backend,
        @JsonPropertyDescription("Evaluate the connector quota inside terraform plan with the connect-onboard "
                + "provider. Omit to rely on the CI gate alone.") QuotaGateSettings quotaGate) {
}
