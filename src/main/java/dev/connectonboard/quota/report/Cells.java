package dev.connectonboard.quota.report;

import dev.connectonboard.quota.LimitVerdict;
import dev.connectonboard.quota.QuotaReport;

/** How limit values print in tables, shared by the text and Markdown reports. */
final class Cells {

    private Cells() {
    }

    static String limit(LimitVerdict verdict) {
        if (verdict.allowed() != null) {
            return verdict.allowed().size() + " classes";
        }
        return verdict.limit() == null ? "none" : Integer.toString(verdict.limit());
    }

    static String headroom(LimitVerdict verdict) {
        return verdict.headroom() == null ? "-" : Integer.toString(verdict.headroom());
    }

    /** "passed: 3 departments within their limits" / "FAILED: 2 violations in 1 of 3 departments". */
    static String outcome(QuotaReport report) {
        int departments = report.departments().size();
        if (report.passed()) {
            return "passed: " + departments + (departments == 1 ? " department" : " departments")
                    + " within their limits";
        }
        int violations = report.violationCount();
        return "FAILED: " + violations + (violations == 1 ? " violation" : " violations") + " in "
                + report.failedDepartments() + " of " + departments + (departments == 1 ? " department" : " departments");
    }

    static String where(QuotaReport report) {
        return "platform " + report.platform() + ", Kafka cluster " + report.kafkaClusterId() + " in "
                + report.environmentId();
    }
}
