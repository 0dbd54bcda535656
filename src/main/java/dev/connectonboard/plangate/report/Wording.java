package dev.connectonboard.plangate.report;

import dev.connectonboard.plangate.DepartmentPlanVerdict;
import dev.connectonboard.plangate.Finding;
import dev.connectonboard.plangate.PlanGateReport;

/** Sentences every format shares, so the terminal, the PR comment and the CI test report say the same thing. */
public final class Wording {
    private Wording() {
    }

    /** "passed: 2 departments, nothing lost unacknowledged (1 acknowledged)" / "FAILED: 1 unacknowledged ...". */
    public static String outcome(PlanGateReport report) {
        int departments = report.departments().size();
        String of = departments + (departments == 1 ? " department" : " departments");
        long acknowledged = report.acknowledgedCount();
        String ack = acknowledged == 0 ? "" : " (" + acknowledged + " acknowledged)";
        if (report.passed()) {
            return "passed: " + of + ", no unacknowledged change destroys data or resets connectors" + ack;
        }
        long blocking = report.blockingCount();
        return "FAILED: " + blocking + " unacknowledged " + (blocking == 1 ? "change destroys data or resets a"
                + " connector" : "changes destroy data or reset connectors") + " in " + report.failedDepartments() + " of " + of + ack;
    }

    /** The line printed on the terminal when the report goes to a file. */
    public static String oneLine(PlanGateReport report) {
        return "plan check " + outcome(report) + ", platform " + report.platform();
    }

    static String departmentOutcome(DepartmentPlanVerdict department) {
        if (department.passed()) {
            return "passed" + (department.acknowledgedCount() == 0 ? "" : ", " + department.acknowledgedCount()
                    + " acknowledged");
        }
        return "FAILED, " + department.blockingCount() + " unacknowledged";
    }

    /** Where the finding comes from: {@code file:line}, or the plan for a department without a descriptor. */
    static String where(DepartmentPlanVerdict department, Finding finding) {
        return finding.source() != null ? finding.source().cite() : "plan " + department.plan();
    }

    /** "acknowledged at finance.yaml:80 (delete): reason". */
    static String acknowledged(Finding finding) {
        return "acknowledged at " + finding.acknowledgement().source().cite() + " ("
                + finding.acknowledgement().action() + "): " + finding.acknowledgement().reason();
    }
}
