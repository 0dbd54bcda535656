package dev.connectonboard.operator.status.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connectonboard.operator.status.ConnectorView;
import dev.connectonboard.operator.status.DepartmentView;
import dev.connectonboard.operator.status.MetricsOutcome;
import dev.connectonboard.operator.status.StatusReport;
import dev.connectonboard.operator.status.TaskView;

import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code status --format json}: a stable document for scripts (shape documented in examples/README.md). Every key is
 * always present; absent values are null or empty, never missing.
 */
public final class JsonStatus {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonStatus() {
    }

    public static String render(StatusReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("platform", report.platform());
        root.put("environmentId", report.environmentId());
        root.put("kafkaClusterId", report.kafkaClusterId());
        root.put("readAt", report.readAt().toString());
        MetricsOutcome metrics = report.metrics();
        ObjectNode metricsNode = root.putObject("metrics");
        metricsNode.put("available", metrics.available());
        metricsNode.put("start", metrics.start().toString());
        metricsNode.put("end", metrics.end().toString());
        metricsNode.put("unavailableReason", metrics.unavailableReason());
        ArrayNode departments = root.putArray("departments");
        for (DepartmentView department : report.departments()) {
            ObjectNode node = departments.addObject();
            node.put("name", department.name());
            node.put("prefix", department.prefix());
            node.put("runtime", department.runtime());
            department.owners().forEach(node.putArray("owners")::add);
            node.put("descriptor", department.descriptor());
            node.put("note", department.note());
            ObjectNode counts = node.putObject("counts");
            Counts.byHealth(department.connectors()).forEach((health, count) -> counts.put(health.name(), count));
            connectors(department.connectors(), node.putArray("connectors"));
        }
        connectors(report.unowned(), root.putArray("unowned"));
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void connectors(List<ConnectorView> connectors, ArrayNode into) {
        for (ConnectorView connector : connectors) {
            ObjectNode node = into.addObject();
            node.put("name", connector.name());
            node.put("id", connector.id());
            node.put("class", connector.connectorClass());
            node.put("health", connector.health().name());
            node.put("state", connector.state());
            node.put("declaredAt", connector.declaredAt());
            node.put("note", connector.note());
            node.put("error", connector.error());
            node.put("errorSummary", connector.errorSummary());
            ArrayNode tasks = node.putArray("tasks");
            for (TaskView task : connector.tasks()) {
                tasks.addObject().put("id", task.id()).put("state", task.state()).put("message", task.message());
            }
            if (connector.records() == null) {
                node.putNull("records");
            } else {
                node.putObject("records").put("in", connector.records().in()).put("out", connector.records().out())
                        .put("deadLetterQueue", connector.records().deadLetterQueue());
            }
        }
    }
}
