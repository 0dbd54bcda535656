package dev.connectonboard.operator.status;

import dev.connectonboard.confluent.TaskState;

import java.util.List;
import java.util.Locale;

/**
 * What a person should make of a connector, in the order a status page lists them: what needs action first.
 * Derived from Connect's open state strings, never trusted to be one of the documented ones.
 */
public enum Health {
    /** The connector failed. */
    FAILED,
    /** The connector runs, but some of its tasks failed. */
    DEGRADED,
    /** Declared in a descriptor, absent from the cluster: not applied yet, or deleted outside Terraform. */
    MISSING,
    /** A state this tool does not know (NONE, DELETED, absent, or new). */
    UNKNOWN,
    /** Being created; tasks appear when it starts. */
    PROVISIONING,
    PAUSED,
    RUNNING,
    /** Runs on a department's self-managed workers, which Confluent Cloud does not report on. */
    NOT_REPORTED;

    /** The health of a live connector from its state and its tasks' states. */
    public static Health of(String connectorState, List<TaskState> tasks) {
        String state = connectorState == null ? "" : connectorState.toUpperCase(Locale.ROOT);
        return switch (state) {
            case "FAILED" -> FAILED;
            case "DEGRADED" -> DEGRADED;
            case "PROVISIONING" -> PROVISIONING;
            case "PAUSED" -> PAUSED;
            case "RUNNING" -> tasks.stream().anyMatch(Health::taskFailed) ? DEGRADED : RUNNING;
            default -> UNKNOWN;
        };
    }

    /** Whether a task stopped on an error (FAILED, or Confluent's USER_ACTIONABLE_ERROR). */
    public static boolean taskFailed(TaskState task) {
        return new TaskView(task.id(), task.state(), "").failed();
    }

    public String label() {
        return name().replace('_', ' ');
    }
}
