package dev.connectonboard.operator.status;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * Everything a status command shows, read in full before anything is printed: a report is never partial.
 *
 * @param unowned live connectors whose name starts with no department's prefix; only filled for all departments
 */
public record StatusReport(String platform, String environmentId, String kafkaClusterId, Instant readAt,
                           MetricsOutcome metrics, List<DepartmentView> departments, List<ConnectorView> unowned) {

    public StatusReport {
        departments = List.copyOf(departments);
        unowned = unowned.stream().sorted(ConnectorView.ATTENTION_ORDER).toList();
    }

    /** Every connector shown, departments' and unowned. */
    public List<ConnectorView> allConnectors() {
        return Stream.concat(departments.stream().flatMap(d -> d.connectors().stream()),
                unowned.stream()).toList();
    }
}
