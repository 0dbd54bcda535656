package dev.connectonboard.descriptor.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import java.util.List;

/** A department's exceptions to the default limits; every field is optional. */
public record QuotaOverride(
        @Min(0) @Max(10000) Integer maxConnectors,
        @Min(0) @Max(100000) Integer maxTasks,
        @Min(1) @Max(1000) Integer maxTasksPerConnector,
        @Min(0) @Max(1000) Integer maxPrivateLinkEndpoints,
        List<@Pattern(regexp = NamePatterns.CONNECTOR_CLASS) String> allowedConnectorClasses) {

    QuotaLimits applyTo(QuotaLimits defaults) {
        return new QuotaLimits(
                maxConnectors != null ? maxConnectors : defaults.maxConnectors(),
                maxTasks != null ? maxTasks : defaults.maxTasks(),
                maxTasksPerConnector != null ? maxTasksPerConnector : defaults.maxTasksPerConnector(),
                maxPrivateLinkEndpoints != null ? maxPrivateLinkEndpoints : defaults.maxPrivateLinkEndpoints(),
                allowedConnectorClasses != null ? allowedConnectorClasses : defaults.allowedConnectorClasses());
    }
}
