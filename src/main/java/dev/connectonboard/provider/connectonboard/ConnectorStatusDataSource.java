package dev.connectonboard.provider.connectonboard;

import dev.connectonboard.errors.OnboardException;
import dev.connectonboard.operator.status.ConnectorView;
import dev.connectonboard.operator.status.DepartmentView;
import dev.connectonboard.operator.status.Health;
import dev.connectonboard.operator.status.StatusReport;
import dev.connectonboard.operator.status.TaskView;
import dev.connectonboard.provider.cty.CtyType;
import dev.connectonboard.provider.schema.Attribute;
import dev.connectonboard.provider.schema.Block;
import dev.connectonboard.provider.spi.AttributePath;
import dev.connectonboard.provider.spi.Config;
import dev.connectonboard.provider.spi.DataSource;
import dev.connectonboard.provider.spi.Diagnostics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.connectonboard.provider.connectonboard.QuotaDataSource.ordered;

/**
 * {@code connectonboard_connector_status}: what {@code connect-onboard status --department} shows, inside Terraform,
 * for departments without access to the Confluent Cloud console: each connector's health, state, task states and
 * last error. Never fails the plan because a connector is unhealthy, only when the status cannot be read.
 */
final class ConnectorStatusDataSource implements DataSource<ConfiguredProvider> {
    private static final String DEPARTMENT = "department";
    private static final Set<Health> UNHEALTHY = Set.of(Health.FAILED, Health.DEGRADED, Health.MISSING);

    private static final CtyType.ObjectOf TASK = CtyType.object(ordered(
            "id", CtyType.NUMBER, "state", CtyType.STRING, "message", CtyType.STRING));
    private static final CtyType.ObjectOf CONNECTOR = CtyType.object(ordered(
            "name", CtyType.STRING, "id", CtyType.STRING, "class", CtyType.STRING, "health", CtyType.STRING,
            "state", CtyType.STRING, "tasks", CtyType.list(TASK), "error", CtyType.STRING,
            "error_summary", CtyType.STRING, "declared_at", CtyType.STRING, "note", CtyType.STRING,
            "records_in", CtyType.NUMBER, "records_out", CtyType.NUMBER, "records_dead_letter", CtyType.NUMBER));

    @Override
    public String typeName() {
        return "connectonboard_connector_status";
    }

    @Override
    public Block schema() {
        return Block.of("One department's connectors as `connect-onboard status --department` reports them: live "
                        + "state joined with the descriptor, most urgent first.",
                Attribute.required(DEPARTMENT, CtyType.STRING, "Department name, as in its descriptor."),
                Attribute.computed("prefix", CtyType.STRING, "The department's name prefix."),
                Attribute.computed("worst", CtyType.STRING, "The most urgent health among the connectors "
                        + "(FAILED, DEGRADED, MISSING, UNKNOWN, PROVISIONING, PAUSED, RUNNING, NOT REPORTED)."),
                Attribute.computed("connectors", CtyType.list(CONNECTOR), "Each connector, most urgent first: "
                        + "`health`, Connect's `state`, `tasks`, `error` (the last error trace, shortened; empty "
                        + "when none), `declared_at` (descriptor file:line, null when undeclared), record counts of "
                        + "the last hour (null when metrics are unavailable)."),
                Attribute.computed("health", CtyType.map(CtyType.STRING), "Health by connector name."),
                Attribute.computed("unhealthy", CtyType.list(CtyType.STRING),
                        "Connectors that are FAILED, DEGRADED or MISSING."),
                Attribute.computed("note", CtyType.STRING, "A note on the whole department; empty when none."),
                Attribute.computed("metrics_unavailable", CtyType.STRING,
                        "Why record counts are missing; null when they were read."));
    }

    @Override
    public Map<String, Object> read(Config config, ConfiguredProvider provider, Diagnostics diagnostics) {
        String department = config.string(DEPARTMENT).orElseThrow();
        StatusReport report;
        try {
            report = provider.statusReport(department);
        } catch (OnboardException failure) {
            Diagnose.failure(diagnostics, AttributePath.attribute(DEPARTMENT),
                    "Connector status of department " + department, failure);
            return null;
        }
        DepartmentView view = report.departments().get(0);
        List<Object> connectors = new ArrayList<>();
        Map<String, Object> health = new LinkedHashMap<>();
        List<Object> unhealthy = new ArrayList<>();
        for (ConnectorView connector : view.connectors()) {
            connectors.add(row(connector));
            health.put(connector.name(), connector.health().label());
            if (UNHEALTHY.contains(connector.health())) {
                unhealthy.add(connector.name());
            }
        }
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("prefix", view.prefix());
        state.put("worst", view.worst().label());
        state.put("connectors", connectors);
        state.put("health", health);
        state.put("unhealthy", unhealthy);
        state.put("note", view.note());
        state.put("metrics_unavailable", report.metrics().available() ? null : report.metrics().unavailableReason());
        return state;
    }

    private static Map<String, Object> row(ConnectorView connector) {
        List<Object> tasks = new ArrayList<>();
        for (TaskView task : connector.tasks()) {
            Map<String, Object> taskRow = new LinkedHashMap<>();
            taskRow.put("id", task.id());
            taskRow.put("state", task.state());
            taskRow.put("message", task.message());
            tasks.add(taskRow);
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", connector.name());
        row.put("id", connector.id());
        row.put("class", connector.connectorClass());
        row.put("health", connector.health().label());
        row.put("state", connector.state());
        row.put("tasks", tasks);
        row.put("error", connector.error());
        row.put("error_summary", connector.errorSummary());
        row.put("declared_at", connector.declaredAt());
        row.put("note", connector.note());
        row.put("records_in", connector.records() == null ? null : connector.records().in());
        row.put("records_out", connector.records() == null ? null : connector.records().out());
        row.put("records_dead_letter", connector.records() == null ? null : connector.records().deadLetterQueue());
        return row;
    }
}
