package dev.connectonboard.operator.status;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One connector as a status report shows it: live state from the Connect API joined with its descriptor.
 *
 * @param id           {@code lcc-...} or {@code clcc-...}; null when the connector is not in the cluster
 * @param state        the state Connect reports, verbatim; null when the connector is not in the cluster
 * @param error        the last error, shortened by {@link TraceShortener}; empty when there is none
 * @param errorSummary Confluent Cloud's plain-language summary of the error, when it sends one; else empty
 * @param declaredAt   {@code file:line} of its descriptor entry; null for a live connector no descriptor declares
 * @param note         one sentence on a mismatch between descriptor and cluster; empty when they agree
 * @param records      record counts over the metrics window; null when metrics are unavailable or it has no id
 */
public record ConnectorView(String name, String id, String connectorClass, Health health, String state,
                            List<TaskView> tasks, String error, String errorSummary, String declaredAt, String note,
                            RecordCounts records) {

    /** Failed first, then degraded, missing and unknown, provisioning and paused, running; by name within each. */
    public static final Comparator<ConnectorView> ATTENTION_ORDER =
            Comparator.comparing(ConnectorView::health).thenComparing(ConnectorView::name);

    public ConnectorView {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(health, "health");
        tasks = List.copyOf(tasks);
        error = error == null ? "" : error;
        errorSummary = errorSummary == null ? "" : errorSummary;
        note = note == null ? "" : note;
    }

    public boolean declared() {
        return declaredAt != null;
    }

    public long runningTasks() {
        return tasks.stream().filter(t -> "RUNNING".equalsIgnoreCase(t.state())).count();
    }
}
