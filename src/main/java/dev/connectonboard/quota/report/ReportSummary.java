package dev.connectonboard.quota.report;

import dev.connectonboard.quota.QuotaReport;

/** The one line printed on the terminal when the report itself goes to a file. */
public final class ReportSummary {

    private ReportSummary() {
    }

    public static String oneLine(QuotaReport report) {
        return "quota check " + Cells.outcome(report) + " (" + (report.offline() ? "offline, descriptors only"
                : "online") + ")";
    }
}
