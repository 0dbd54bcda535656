package dev.connectonboard.quota.report;

import dev.connectonboard.quota.DepartmentVerdict;
import dev.connectonboard.quota.LimitVerdict;
import dev.connectonboard.quota.QuotaReport;
import dev.connectonboard.quota.Violation;

/** A pull-request comment: a headline, the offline warning when it applies, a table, and the violations. */
final class MarkdownReport {

    private MarkdownReport() {
    }

    static String render(QuotaReport report) {
        StringBuilder out = new StringBuilder();
        out.append("### ").append(report.passed() ? "✅" : "❌").append(" connect-onboard quota check ")
                .append(text(Cells.outcome(report))).append("\n\n");
        out.append(text(capitalised(Cells.where(report)))).append(".\n\n");
        if (report.offline()) {
            out.append("> ⚠️ **Offline**: ").append(text(report.modeNote().substring("offline: ".length())))
                    .append(".\n\n");
        } else {
            out.append("_").append(text(capitalised(report.modeNote()))).append("._\n\n");
        }
        out.append("| Department | Limit | Max | Usage | Headroom | Result |\n");
        out.append("| --- | --- | ---: | ---: | ---: | --- |\n");
        for (DepartmentVerdict department : report.departments()) {
            for (LimitVerdict limit : department.limits()) {
                out.append("| ").append(text(department.name())).append(" | `").append(text(limit.name()))
                        .append("` | ").append(text(Cells.limit(limit))).append(" | ").append(limit.usage())
                        .append(" | ").append(Cells.headroom(limit)).append(" | ")
                        .append(limit.passed() ? "✅" : "❌ over").append(" |\n");
            }
        }
        if (!report.passed()) {
            out.append("\n#### Violations\n\n");
            for (DepartmentVerdict department : report.departments()) {
                for (LimitVerdict limit : department.limits()) {
                    for (Violation violation : limit.violations()) {
                        out.append("- **").append(text(department.name())).append("** · `").append(text(limit.name()))
                                .append('`');
                        if (violation.source() != null) {
                            out.append(" · `").append(text(violation.source().cite())).append('`');
                        }
                        out.append(": ").append(text(violation.message())).append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    /** Keeps names from live connectors or files from breaking the table or injecting HTML into the comment. */
    private static String text(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|")
                .replace("`", "'").replace("\n", " ");
    }

    private static String capitalised(String value) {
        return value.isEmpty() ? value : Character.toUpperCase(value.charAt(0)) + value.substring(1);
    }
}
