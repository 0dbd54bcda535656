package dev.connectonboard.connect;

import java.util.List;

/**
 * {@code GET /connectors/{name}/status}: the connector's live state (RUNNING, PAUSED, STOPPED, FAILED, UNASSIGNED,
 * RESTARTING), its worker, the trace of a failure, and its tasks.
 */
public record ConnectorStatus(String name, String state, String workerId, String trace, String type,
                              List<TaskStatus> tasks) {

    public ConnectorStatus {
        tasks = List.copyOf(tasks);
    }

    public record TaskStatus(int id, String state, String workerId, String trace) {
    }
}
