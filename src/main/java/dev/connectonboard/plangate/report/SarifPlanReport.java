package dev.connectonboard.plangate.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connectonboard.plangate.DepartmentPlanVerdict;
import dev.connectonboard.plangate.Effect;
import dev.connectonboard.plangate.Finding;
import dev.connectonboard.plangate.PlanGateReport;
import dev.connectonboard.plangate.UnmatchedAcknowledgement;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * SARIF 2.1.0 (OASIS, docs.oasis-open.org/sarif/sarif/v2.1.0) for code scanning: one result per change that
 * destroys data, resets a connector or changes access, and per acknowledgement matching nothing, located at the
 * descriptor line so the pull request's diff shows it. Unacknowledged data loss is an error; an acknowledged one is
 * kept as a result suppressed in source (its justification is the descriptor's reason); access changes are notes.
 * Written with Jackson: no SARIF library is among the project's dependencies.
 */
final class SarifPlanReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String UNMATCHED = "unmatched-acknowledgement";
    private static final List<Effect> REPORTED = List.of(Effect.DESTROYS_DATA, Effect.RESETS_CONNECTORS,
            Effect.CHANGES_ACCESS);

    private SarifPlanReport() {
    }

    static String render(PlanGateReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        // the category code scanning files the results under: one per department when a run checks one, so the
        // per-department uploads of a pipeline do not close each other's alerts
        run.putObject("automationDetails").put("id", "connect-onboard-plan-gate/"
                + (report.departments().size() == 1 ? report.departments().get(0).name() + "/" : ""));
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "connect-onboard plan check");
        driver.put("fullName", "connect-onboard plan gate");
        ArrayNode rules = driver.putArray("rules");
        rule(rules, Effect.DESTROYS_DATA.id(), "A planned change destroys data",
                "A department, DLQ or Connect internal topic is deleted or replaced: every record in it is lost.",
                "error");
        rule(rules, Effect.RESETS_CONNECTORS.id(), "A planned change resets a connector",
                "A connector is deleted or replaced: its offsets and consumer group are lost; a sink re-reads its "
                        + "topics, a CDC source re-snapshots.", "error");
        rule(rules, Effect.CHANGES_ACCESS.id(), "A planned change changes access",
                "A service account, API key, ACL, role binding, IAM role or network path is deleted or replaced, "
                        + "or a key rotated: running connectors may lose access.", "note");
        rule(rules, UNMATCHED, "An acknowledgement matches nothing in the plan",
                "The descriptor acknowledges a delete or replace the plan does not contain: stale (remove it once "
                        + "applied), misspelt or the wrong action.", "warning");
        ArrayNode results = run.putArray("results");
        for (DepartmentPlanVerdict department : report.departments()) {
            for (Finding finding : department.findings()) {
                if (!REPORTED.contains(finding.effect())) {
                    continue;
                }
                ObjectNode result = results.addObject();
                result.put("ruleId", finding.effect().id());
                result.put("level", finding.blocking() ? "error" : "note");
                String text = department.name() + ": " + finding.message()
                        + (finding.blocking() && finding.fix() != null ? ". " + capitalised(finding.fix()) : "");
                result.putObject("message").put("text", text);
                Path file = finding.source() != null ? finding.source().file() : department.plan();
                location(result, file, finding.source() == null ? 1 : finding.source().line(),
                        finding.source() == null ? 1 : finding.source().column());
                result.putObject("partialFingerprints").put("connectOnboardPlanChange/v1", fingerprint(
                        department.name(), finding.effect().id(), finding.address() == null ? "" : finding.address(),
                        finding.action().label()));
                ObjectNode properties = result.putObject("properties");
                properties.put("department", department.name());
                properties.put("address", finding.address());
                properties.put("action", finding.action().label());
                if (finding.acknowledgement() != null) {
                    ObjectNode suppression = result.putArray("suppressions").addObject();
                    suppression.put("kind", "inSource");
                    suppression.put("justification", finding.acknowledgement().reason());
                    suppression.put("status", "accepted");
                }
            }
            for (UnmatchedAcknowledgement unmatched : department.unmatchedAcknowledgements()) {
                ObjectNode result = results.addObject();
                result.put("ruleId", UNMATCHED);
                result.put("level", "warning");
                result.putObject("message").put("text", department.name() + ": " + unmatched.message());
                location(result, unmatched.source().file(), unmatched.source().line(), unmatched.source().column());
                result.putObject("partialFingerprints").put("connectOnboardPlanChange/v1", fingerprint(
                        department.name(), UNMATCHED, unmatched.subject(), unmatched.action()));
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void rule(ArrayNode rules, String id, String shortText, String fullText, String level) {
        ObjectNode rule = rules.addObject();
        rule.put("id", id);
        rule.put("name", camel(id));
        rule.putObject("shortDescription").put("text", shortText);
        rule.putObject("fullDescription").put("text", fullText);
        rule.putObject("help").put("text", fullText + " To accept a loss on purpose, list it under the "
                + "department descriptor's acknowledgements with a reason (README, \"Plan gate\").");
        rule.putObject("defaultConfiguration").put("level", level);
    }

    private static void location(ObjectNode result, Path file, int line, int column) {
        ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
        ObjectNode artifact = physical.putObject("artifactLocation");
        Uris.Located located = Uris.of(file);
        artifact.put("uri", located.uri());
        if (located.relative()) {
            artifact.put("uriBaseId", "%SRCROOT%");
        }
        ObjectNode region = physical.putObject("region");
        region.put("startLine", Math.max(1, line));
        region.put("startColumn", Math.max(1, column));
    }

    private static String fingerprint(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(String.join("\u0000", parts)
                    .getBytes(StandardCharsets.UTF_8))).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private static String camel(String id) {
        StringBuilder out = new StringBuilder();
        for (String part : id.split("-")) {
            out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out.toString();
    }

    private static String capitalised(String value) {
        return value.isEmpty() ? value : Character.toUpperCase(value.charAt(0)) + value.substring(1);
    }
}
