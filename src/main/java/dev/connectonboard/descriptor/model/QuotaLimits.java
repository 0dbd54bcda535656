package dev.connectonboard.descriptor.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import java.util.List;

public record QuotaLimits(
        @JsonProperty(required = true) @Min(0) @Max(10000)
        @JsonPropertyDescription("Managed plus self-managed connectors of one department.") Integer maxConnectors,
        @JsonProperty(required = true) @Min(0) @Max(100000)
        @JsonPropertyDescription("Sum of tasks.max over the department's connectors.") Integer maxTasks,
        @JsonProperty(required = true) @Min(1) @Max(1000)
        @JsonPropertyDescription("Largest tasks.max of a single connector.") Integer maxTasksPerConnector,
        @JsonProperty(required = true) @Min(0) @Max(1000)
        @JsonPropertyDescription("Private Link egress endpoints of one department.") Integer maxPrivateLinkEndpoints,
        @JsonProperty(required = true)
        @JsonPropertyDescription("Confluent Cloud plugin ids a department may use.")
        List<@Pattern(regexp = NamePatterns.CONNECTOR_CLASS) String> allowedConnectorClasses) {

    public QuotaLimits {
        allowedConnectorClasses = allowedConnectorClasses == null ? List.of() : List.copyOf(allowedConnectorClasses);
    }
}
