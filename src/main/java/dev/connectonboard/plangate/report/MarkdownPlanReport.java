package dev.connectonboard.plangate.report;

import dev.connectonboard.plangate.DepartmentPlanVerdict;
import dev.connectonboard.plangate.Effect;
import dev.connectonboard.plangate.Finding;
import dev.connectonboard.plangate.PlanGateReport;
import dev.connectonboard.plangate.UnmatchedAcknowledgement;

import java.util.List;

/**
 * A pull-request comment: a headline, then per department the sections destroys data, resets connectors, changes
 * access and adds (each always present, so a reviewer sees "none" rather than guessing), and the rest folded away.
 */
final class MarkdownPlanReport {
    private static final List<Effect> SECTIONS = List.of(Effect.DESTROYS_DATA, Effect.RESETS_CONNECTORS,
            Effect.CHANGES_ACCESS, Effect.ADDS);

    private MarkdownPlanReport() {
    }

    static String render(PlanGateReport report) {
        StringBuilder out = new StringBuilder();
        out.append("### ").append(report.passed() ? "✅" : "❌").append(" connect-onboard plan check ")
                .append(text(Wording.outcome(report))).append("\n\n");
        out.append("Platform ").append(text(report.platform())).append(". Every change that destroys data or resets "
                + "a connector needs an acknowledgement in the department's descriptor.\n");
        for (DepartmentPlanVerdict department : report.departments()) {
            out.append("\n#### ").append(department.passed() ? "✅ " : "❌ ").append(text(department.name()))
                    .append(": ").append(text(Wording.departmentOutcome(department))).append("\n\n");
            out.append("Plan `").append(code(department.plan().toString())).append("`, ")
                    .append(department.removed() ? "**no descriptor: the department is removed**"
                            : "descriptor `" + code(department.descriptor().toString()) + "`")
                    .append(department.offboarding() ? ", **offboarding acknowledged**" : "")
                    .append(", ").append(department.unchanged()).append(" unchanged.\n");
            for (Effect effect : SECTIONS) {
                List<Finding> findings = department.findings(effect);
                out.append("\n**").append(capitalised(effect.label())).append("** (").append(findings.size())
                        .append(")\n\n");
                if (findings.isEmpty()) {
                    out.append("none\n");
                }
                for (Finding finding : findings) {
                    item(out, department, finding);
                }
            }
            List<Finding> rest = department.findings().stream()
                    .filter(f -> !SECTIONS.contains(f.effect())).toList();
            if (!rest.isEmpty()) {
                out.append("\n<details><summary>Other changes (").append(rest.size()).append(")</summary>\n\n");
                rest.forEach(finding -> item(out, department, finding));
                out.append("\n</details>\n");
            }
            if (!department.unmatchedAcknowledgements().isEmpty()) {
                out.append("\n**Acknowledgements matching nothing** (")
                        .append(department.unmatchedAcknowledgements().size()).append(")\n\n");
                for (UnmatchedAcknowledgement unmatched : department.unmatchedAcknowledgements()) {
                    out.append("- ⚠️ `").append(code(unmatched.source().cite())).append("`: ")
                            .append(text(unmatched.message())).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static void item(StringBuilder out, DepartmentPlanVerdict department, Finding finding) {
        String mark = finding.blocking() ? "❌ " : finding.acknowledgement() != null ? "☑️ " : "";
        out.append("- ").append(mark).append('`').append(code(Wording.where(department, finding))).append("`: ")
                .append(text(finding.message()));
        if (finding.address() != null) {
            out.append(" · `").append(code(finding.address())).append('`');
        }
        out.append('\n');
        if (finding.acknowledgement() != null) {
            out.append("  - ").append(text(Wording.acknowledged(finding))).append('\n');
        }
        if (finding.blocking() && finding.fix() != null) {
            out.append("  - **How to acknowledge:** ").append(withSnippet(finding.fix(), finding.acknowledgeWith()))
                    .append('\n');
        }
    }

    /** The prose escaped, the YAML entry in it as a code span so it can be copied as is. */
    private static String withSnippet(String prose, String snippet) {
        int at = snippet == null ? -1 : prose.indexOf(snippet);
        if (at < 0) {
            return text(prose);
        }
        return text(prose.substring(0, at)) + "`" + code(snippet) + "`" + text(prose.substring(at + snippet.length()));
    }

    /** Keeps names from plans or files from breaking the layout or injecting HTML or mentions into the comment. */
    static String text(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|")
                .replace("`", "'").replace("@", "&#64;").replace("*", "\\*").replace("_", "\\_")
                .replace("[", "\\[").replace("]", "\\]").replace("\n", " ");
    }

    /** Inside a code span only a backtick or a line break could break out. */
    static String code(String value) {
        return value.replace("`", "'").replace("\n", " ");
    }

    private static String capitalised(String value) {
        return Character.toUpperCase(value.charAt(0)) + value.substring(1);
    }
}
