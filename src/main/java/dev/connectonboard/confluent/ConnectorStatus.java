package dev.connectonboard.confluent;

import java.util.List;

/**
 * {@code GET .../connectors/{name}/status}: the documented fields plus the diagnostics Confluent Cloud adds without
 * promising them ({@code error_summary}, {@code validation_errors}, ...). Absent extras are null or empty.
 */
public record ConnectorStatus(String name, String type, String state, String workerId, String trace,
                              List<TaskState> tasks, String errorSummary, String overrideMessage,
                              List<String> validationErrors, List<String> errorsFromTrace) {

    public ConnectorStatus {
        tasks = List.copyOf(tasks);
        validationErrors = List.copyOf(validationErrors);
        errorsFromTrace = List.copyOf(errorsFromTrace);
    }
}
