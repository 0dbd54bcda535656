package dev.connectonboard.plangate.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connectonboard.plangate.DepartmentPlanVerdict;
import dev.connectonboard.plangate.Effect;
import dev.connectonboard.plangate.Finding;
import dev.connectonboard.plangate.PlanGateReport;
import dev.connectonboard.plangate.Source;
import dev.connectonboard.plangate.UnmatchedAcknowledgement;

import java.io.UncheckedIOException;

/**
 * The machine-readable report (README, "Plan gate"). Built field by field so its shape never follows an internal
 * rename: every key is always present (null when it does not apply); {@value #SCHEMA_VERSION} changes only when a
 * key is removed or changes meaning.
 */
final class JsonPlanReport {
    static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonPlanReport() {
    }

    static String render(PlanGateReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("platform", report.platform());
        root.put("passed", report.passed());
        ObjectNode summary = root.putObject("summary");
        summary.put("departments", report.departments().size());
        summary.put("failedDepartments", report.failedDepartments());
        summary.put("blocking", report.blockingCount());
        summary.put("acknowledged", report.acknowledgedCount());
        summary.put("unmatchedAcknowledgements", report.unmatchedAcknowledgementCount());
        ObjectNode byEffect = summary.putObject("changes");
        for (Effect effect : Effect.values()) {
            byEffect.put(effect.id(), report.count(effect));
        }
        var departments = root.putArray("departments");
        for (DepartmentPlanVerdict department : report.departments()) {
            ObjectNode node = departments.addObject();
            node.put("name", department.name());
            node.put("prefix", department.prefix());
            node.put("descriptor", department.descriptor() == null ? null : department.descriptor().toString());
            node.put("plan", department.plan().toString());
            node.put("terraformVersion", department.terraformVersion());
            node.put("removed", department.removed());
            node.put("offboarding", department.offboarding());
            node.put("passed", department.passed());
            node.put("unchanged", department.unchanged());
            var changes = node.putArray("changes");
            for (Finding finding : department.findings()) {
                ObjectNode change = changes.addObject();
                change.put("effect", finding.effect().id());
                change.put("blocking", finding.blocking());
                change.put("address", finding.address());
                change.put("type", finding.type());
                change.put("action", finding.action().label());
                change.put("subject", finding.subject().label());
                change.put("message", finding.message());
                source(change, "source", finding.source());
                if (finding.acknowledgement() == null) {
                    change.putNull("acknowledgement");
                } else {
                    ObjectNode ack = change.putObject("acknowledgement");
                    ack.put("action", finding.acknowledgement().action());
                    ack.put("reason", finding.acknowledgement().reason());
                    source(ack, "source", finding.acknowledgement().source());
                }
                change.put("howToAcknowledge", finding.blocking() ? finding.fix() : null);
                change.put("acknowledgeWith", finding.blocking() ? finding.acknowledgeWith() : null);
            }
            var unmatched = node.putArray("unmatchedAcknowledgements");
            for (UnmatchedAcknowledgement ack : department.unmatchedAcknowledgements()) {
                ObjectNode entry = unmatched.addObject();
                entry.put("subject", ack.subject());
                entry.put("action", ack.action());
                entry.put("message", ack.message());
                source(entry, "source", ack.source());
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void source(ObjectNode parent, String field, Source source) {
        if (source == null) {
            parent.putNull(field);
            return;
        }
        ObjectNode node = parent.putObject(field);
        node.put("file", source.file().toString());
        node.put("line", source.line());
        node.put("column", source.column());
    }
}
