package dev.connectonboard.quota;

import java.util.List;

/**
 * The platform's own limits for one department (policy defaults with the department's overrides applied). A null
 * number means no limit; a null class list means any class.
 */
public record DepartmentLimits(Integer maxConnectors, Integer maxTasks, Integer maxTasksPerConnector,
                               Integer maxPrivateLinkEndpoints, List<String> allowedConnectorClasses) {

    public DepartmentLimits {
        allowedConnectorClasses = allowedConnectorClasses == null ? null : List.copyOf(allowedConnectorClasses);
    }
}
