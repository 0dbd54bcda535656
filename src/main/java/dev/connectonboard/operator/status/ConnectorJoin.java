package dev.connectonboard.operator.status;

import dev.connectonboard.confluent.ConnectorStatus;
import dev.connectonboard.confluent.LiveConnector;
import dev.connectonboard.confluent.TaskState;
import dev.connectonboard.descriptor.model.Connector;
import dev.connectonboard.descriptor.model.ConnectorState;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Joins what a descriptor declares with what Connect reports into one {@link ConnectorView}. Pure. */
final class ConnectorJoin {
    static final String UNDECLARED = "not declared in any descriptor: created by hand or with the Confluent CLI;"
            + " declare it or delete it";
    static final String NOT_REPORTED = "runs on the department's self-managed workers, which Confluent Cloud does"
            + " not report on";

    private ConnectorJoin() {
    }

    /** A declared connector the cluster does not have. */
    static ConnectorView missing(Connector declared, String declaredAt) {
        return new ConnectorView(declared.name(), null, declared.connectorClass(), Health.MISSING, null, List.of(),
                "", "", declaredAt, "declared in " + declaredAt + " but not in the cluster: not applied yet, or"
                + " deleted outside Terraform", null);
    }

    /** A declared connector of a self-managed department. */
    static ConnectorView notReported(Connector declared, String declaredAt) {
        return new ConnectorView(declared.name(), null, declared.connectorClass(), Health.NOT_REPORTED, null,
                List.of(), "", "", declaredAt, NOT_REPORTED, null);
    }

    /**
     * A connector the cluster has.
     *
     * @param declared    its descriptor entry; null when no descriptor declares it
     * @param diagnostics its detailed status, read for failed and degraded connectors only; else null
     * @param records     its record counts; null when unavailable
     */
    static ConnectorView live(LiveConnector connector, Connector declared, String declaredAt,
                              ConnectorStatus diagnostics, RecordCounts records) {
        List<TaskState> tasks = diagnostics != null && !diagnostics.tasks().isEmpty()
                ? diagnostics.tasks() : connector.tasks();
        Health health = Health.of(connector.state(), tasks);
        String trace = diagnostics != null && diagnostics.trace() != null ? diagnostics.trace() : connector.trace();
        List<TaskView> taskViews = tasks.stream()
                .map(t -> new TaskView(t.id(), t.state(), TraceShortener.shorten(t.trace() != null ? t.trace() : t.msg())))
                .toList();
        return new ConnectorView(connector.name(), connector.id(), connector.connectorClass(), health,
                connector.state(), taskViews, lastError(trace, tasks, diagnostics),
                diagnostics == null ? "" : diagnostics.errorSummary(), declaredAt, note(health, declared), records);
    }

    private static String lastError(String trace, List<TaskState> tasks, ConnectorStatus diagnostics) {
        if (trace != null && !trace.isBlank()) {
            return TraceShortener.shorten(trace);
        }
        Optional<TaskState> failedTask = tasks.stream().filter(Health::taskFailed)
                .filter(t -> t.trace() != null || t.msg() != null).findFirst();
        if (failedTask.isPresent()) {
            TaskState task = failedTask.get();
            return TraceShortener.shorten(task.trace() != null ? task.trace() : task.msg());
        }
        if (diagnostics != null && !diagnostics.errorsFromTrace().isEmpty()) {
            return TraceShortener.shorten(String.join("\n", diagnostics.errorsFromTrace()));
        }
        if (diagnostics != null && !diagnostics.validationErrors().isEmpty()) {
            return TraceShortener.shorten(String.join("\n", diagnostics.validationErrors()));
        }
        return "";
    }

    private static String note(Health health, Connector declared) {
        if (declared == null) {
            return UNDECLARED;
        }
        boolean declaredPaused = declared.state() == ConnectorState.PAUSED;
        if (declaredPaused && health == Health.RUNNING) {
            return "running, but its descriptor says paused: the next apply pauses it";
        }
        if (!declaredPaused && health == Health.PAUSED) {
            return "paused, but its descriptor says running: the next apply resumes it";
        }
        return "";
    }

    /** Counts of a connector from the metrics answer; null when metrics are unavailable or it has no id. */
    static RecordCounts recordsOf(LiveConnector connector, Map<String, RecordCounts> counts) {
        return connector.id() == null ? null : counts.get(connector.id());
    }
}
