package dev.connectonboard.provider.connectonboard;

import dev.connectonboard.confluent.LiveConnector;
import dev.connectonboard.confluent.TaskState;
import dev.connectonboard.descriptor.InputSet;
import dev.connectonboard.descriptor.Loaded;
import dev.connectonboard.descriptor.model.DepartmentOnboarding;
import dev.connectonboard.errors.OnboardException;
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
import java.util.Optional;
import java.util.Set;

import static dev.connectonboard.provider.connectonboard.QuotaDataSource.ordered;

/**
 * {@code connectonboard_connector_status}: a department's live connectors with their state, task states and last
 * error trace, for departments that have no access to the Confluent Cloud console. Read-only; never fails the plan
 * because a connector is unhealthy, only when the status cannot be read.
 */
final class ConnectorStatusDataSource implements DataSource<ConfiguredProvider> {
    private static final String DEPARTMENT = "department";
    /** Connector and task states that mean something is broken (PAUSED is a choice, PROVISIONING passes). */
    private static final Set<String> UNHEALTHY = Set.of("FAILED", "DEGRADED", "USER_ACTIONABLE_ERROR");

    private static final CtyType.ObjectOf TASK = CtyType.object(ordered(
            "id", CtyType.NUMBER, "state", CtyType.STRING, "msg", CtyType.STRING, "trace", CtyType.STRING));
    private static final CtyType.ObjectOf CONNECTOR = CtyType.object(ordered(
            "name", CtyType.STRING, "id", CtyType.STRING, "class", CtyType.STRING, "type", CtyType.STRING,
            "state", CtyType.STRING, "trace", CtyType.STRING, "tasks", CtyType.list(TASK),
            "healthy", CtyType.BOOL));

    @Override
    public String typeName() {
        return "connectonboard_connector_status";
    }

    @Override
    public Block schema() {
        return Block.of("The live connectors of one department (named `<prefix>-...`) in the platform's Kafka "
                        + "cluster: connector state, task states and the last error trace.",
                Attribute.required(DEPARTMENT, CtyType.STRING, "Department name, as in its descriptor."),
                Attribute.computed("prefix", CtyType.STRING, "The department's name prefix."),
                Attribute.computed("connectors", CtyType.list(CONNECTOR), "Each connector, sorted by name; `trace` "
                        + "is the connector's last error trace (null when healthy)."),
                Attribute.computed("states", CtyType.map(CtyType.STRING), "Connector state by connector name."),
                Attribute.computed("unhealthy", CtyType.list(CtyType.STRING), "Connectors that are FAILED or "
                        + "DEGRADED, or have a FAILED or USER_ACTIONABLE_ERROR task."));
    }

    @Override
    public Map<String, Object> read(Config config, ConfiguredProvider provider, Diagnostics diagnostics) {
        String department = config.string(DEPARTMENT).orElseThrow();
        try {
            InputSet inputs = provider.inputs();
            Optional<Loaded<DepartmentOnboarding>> descriptor = inputs.department(department);
            if (descriptor.isEmpty()) {
                diagnostics.error(AttributePath.attribute(DEPARTMENT), "Unknown department " + department,
                        "No descriptor given to the provider declares department '" + department + "'. Departments "
                                + "found: " + String.join(", ", inputs.departments().stream()
                                .map(loaded -> loaded.value().name()).toList()) + ".");
                return null;
            }
            String prefix = descriptor.get().value().prefix();
            List<String> prefixes = inputs.departments().stream().map(loaded -> loaded.value().prefix()).toList();
            Map<String, LiveConnector> live = provider.liveConnectors(
                    inputs.platformFrom(provider.settings().platformFile()).value().confluent());
            return state(prefix, DepartmentConnectors.of(prefix, prefixes, live));
        } catch (OnboardException failure) {
            Diagnose.failure(diagnostics, "Connector status of department " + department, failure);
            return null;
        }
    }

    private static Map<String, Object> state(String prefix, List<LiveConnector> connectors) {
        List<Object> rows = new ArrayList<>();
        Map<String, Object> states = new LinkedHashMap<>();
        List<Object> unhealthy = new ArrayList<>();
        for (LiveConnector connector : connectors) {
            List<Object> tasks = new ArrayList<>();
            boolean healthy = !UNHEALTHY.contains(connector.state());
            for (TaskState task : connector.tasks()) {
                Map<String, Object> taskRow = new LinkedHashMap<>();
                taskRow.put("id", task.id());
                taskRow.put("state", task.state());
                taskRow.put("msg", task.msg());
                taskRow.put("trace", task.trace());
                tasks.add(taskRow);
                healthy &= !UNHEALTHY.contains(task.state());
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", connector.name());
            row.put("id", connector.id());
            row.put("class", connector.connectorClass());
            row.put("type", connector.type());
            row.put("state", connector.state());
            row.put("trace", connector.trace());
            row.put("tasks", tasks);
            row.put("healthy", healthy);
            rows.add(row);
            states.put(connector.name(), connector.state());
            if (!healthy) {
                unhealthy.add(connector.name());
            }
        }
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("prefix", prefix);
        state.put("connectors", rows);
        state.put("states", states);
        state.put("unhealthy", unhealthy);
        return state;
    }
}
