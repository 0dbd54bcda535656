package dev.connectonboard.quota.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connectonboard.quota.DepartmentVerdict;
import dev.connectonboard.quota.LimitVerdict;
import dev.connectonboard.quota.QuotaReport;
import dev.connectonboard.quota.Violation;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The machine-readable report, documented in docs/quota-check.md. Built field by field so its shape never follows
 * an internal rename: every key is always present (null when not applicable); {@value #SCHEMA_VERSION} changes only
 * when a key is removed or changes meaning.
 */
final class JsonReport {
    static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    static String render(QuotaReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("mode", report.offline() ? "offline" : "online");
        root.put("note", report.modeNote());
        root.put("platform", report.platform());
        root.put("environmentId", report.environmentId());
        root.put("kafkaClusterId", report.kafkaClusterId());
        root.put("passed", report.passed());
        ObjectNode summary = root.putObject("summary");
        summary.put("departments", report.departments().size());
        summary.put("failedDepartments", report.failedDepartments());
        summary.put("violations", report.violationCount());
        ArrayNode departments = root.putArray("departments");
        for (DepartmentVerdict department : report.departments()) {
            ObjectNode node = departments.addObject();
            node.put("name", department.name());
            node.put("prefix", department.prefix());
            node.put("descriptor", department.descriptor().toString());
            node.put("passed", department.passed());
            strings(node.putArray("liveOnlyConnectors"), department.liveOnlyConnectors());
            ArrayNode limits = node.putArray("limits");
            department.limits().forEach(limit -> limit(limits.addObject(), limit));
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private static void limit(ObjectNode node, LimitVerdict limit) {
        node.put("name", limit.name());
        node.put("origin", limit.origin().name().toLowerCase(Locale.ROOT));
        node.put("limit", limit.limit());
        if (limit.allowed() == null) {
            node.putNull("allowed");
        } else {
            strings(node.putArray("allowed"), limit.allowed());
        }
        node.put("usage", limit.usage());
        node.put("headroom", limit.headroom());
        node.put("passed", limit.passed());
        ArrayNode violations = node.putArray("violations");
        for (Violation violation : limit.violations()) {
            ObjectNode entry = violations.addObject();
            entry.put("message", violation.message());
            entry.put("connector", violation.connector());
            entry.put("file", violation.source() == null ? null : violation.source().file().toString());
            entry.put("line", violation.source() == null ? null : violation.source().line());
            entry.put("column", violation.source() == null ? null : violation.source().column());
            strings(entry.putArray("liveOnlyConnectors"), violation.liveOnlyConnectors());
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
