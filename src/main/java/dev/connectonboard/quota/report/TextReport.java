package dev.connectonboard.quota.report;

import dev.connectonboard.quota.DepartmentVerdict;
import dev.connectonboard.quota.LimitVerdict;
import dev.connectonboard.quota.QuotaReport;
import dev.connectonboard.quota.Violation;

import java.util.ArrayList;
import java.util.List;

/** A table for the terminal: one row per department and limit, then every violation in full. */
final class TextReport {
    private static final List<String> HEADER = List.of("DEPARTMENT", "LIMIT", "MAX", "USAGE", "HEADROOM", "RESULT");
    private static final boolean[] RIGHT_ALIGNED = {false, false, true, true, true, false};

    private TextReport() {
    }

    static String render(QuotaReport report) {
        StringBuilder out = new StringBuilder();
        out.append("Quota check for ").append(Cells.where(report)).append('\n');
        out.append(report.offline() ? "OFFLINE: " + report.modeNote().substring("offline: ".length())
                : report.modeNote()).append("\n\n");
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (DepartmentVerdict department : report.departments()) {
            for (LimitVerdict limit : department.limits()) {
                rows.add(List.of(department.name(), limit.name(), Cells.limit(limit), Integer.toString(limit.usage()),
                        Cells.headroom(limit), limit.passed() ? "ok" : "FAIL"));
            }
        }
        appendTable(out, rows);
        if (!report.passed()) {
            out.append("\nViolations:\n");
            for (DepartmentVerdict department : report.departments()) {
                for (LimitVerdict limit : department.limits()) {
                    for (Violation violation : limit.violations()) {
                        out.append("  ").append(department.name()).append(" / ").append(limit.name()).append(": ")
                                .append(violation.message()).append('\n');
                    }
                }
            }
        }
        out.append('\n').append(Cells.outcome(report)).append(report.offline() ? " (offline)" : "").append('\n');
        return out.toString();
    }

    private static void appendTable(StringBuilder out, List<List<String>> rows) {
        int[] widths = new int[HEADER.size()];
        for (List<String> row : rows) {
            for (int column = 0; column < row.size(); column++) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int column = 0; column < row.size(); column++) {
                String cell = row.get(column);
                String padding = " ".repeat(widths[column] - cell.length());
                line.append(RIGHT_ALIGNED[column] ? padding + cell : cell + padding).append("  ");
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }
}
