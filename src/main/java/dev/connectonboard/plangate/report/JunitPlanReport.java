package dev.connectonboard.plangate.report;

import dev.connectonboard.plangate.DepartmentPlanVerdict;
import dev.connectonboard.plangate.Effect;
import dev.connectonboard.plangate.Finding;
import dev.connectonboard.plangate.PlanGateReport;
import dev.connectonboard.plangate.UnmatchedAcknowledgement;
import dev.connectonboard.report.JunitXml;

import java.util.List;

/**
 * JUnit XML for CI test views: one suite per department ({@code plan.<department>}), a test case per change that
 * destroys data, resets a connector or changes access (failing when it blocks), one per acknowledgement matching
 * nothing, and a "plan" case holding the summary. Written through {@link JunitXml}, so every value is escaped.
 */
final class JunitPlanReport {
    private JunitPlanReport() {
    }

    static String render(PlanGateReport report) {
        JunitXml xml = JunitXml.named("connect-onboard plan check");
        int tests = 0;
        for (DepartmentPlanVerdict department : report.departments()) {
            String suiteName = "plan." + department.name();
            JunitXml.Suite suite = xml.suite(suiteName)
                    .property("platform", report.platform())
                    .property("plan", department.plan().toString())
                    .property("descriptor", department.removed() ? "(removed)" : department.descriptor().toString());
            List<Finding> judged = department.findings().stream()
                    .filter(f -> f.effect().needsAcknowledgement() || f.effect() == Effect.CHANGES_ACCESS).toList();
            suite.testcase(suiteName, "plan").systemOut(Wording.departmentOutcome(department) + "; "
                    + department.findings().size() + " changes, " + department.unchanged() + " unchanged");
            for (Finding finding : judged) {
                JunitXml.TestCase testcase = suite.testcase(suiteName, finding.effect().id() + ": "
                        + finding.subject().label() + (finding.address() == null ? "" : " (" + finding.address()
                        + ")"));
                if (finding.blocking()) {
                    testcase.failure("Unacknowledged" + camel(finding.effect().id()), finding.message(),
                            Wording.where(department, finding) + ": " + finding.message()
                                    + (finding.fix() == null ? "" : "\n" + finding.fix()));
                } else {
                    testcase.systemOut(Wording.where(department, finding) + ": " + finding.message()
                            + (finding.acknowledgement() == null ? "" : "\n" + Wording.acknowledged(finding)));
                }
            }
            for (UnmatchedAcknowledgement unmatched : department.unmatchedAcknowledgements()) {
                suite.testcase(suiteName, "acknowledgement: " + unmatched.subject() + " (" + unmatched.action() + ")")
                        .systemOut("warning: " + unmatched.source().cite() + ": " + unmatched.message());
            }
            int count = 1 + judged.size() + department.unmatchedAcknowledgements().size();
            tests += count;
            suite.totals(count, department.blockingCount());
        }
        xml.totals(tests, report.blockingCount());
        return xml.render();
    }

    private static String camel(String id) {
        StringBuilder out = new StringBuilder();
        for (String part : id.split("-")) {
            out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out.toString();
    }
}
