package dev.connectonboard.plangate.report;

import dev.connectonboard.plangate.DepartmentPlanVerdict;
import dev.connectonboard.plangate.Effect;
import dev.connectonboard.plangate.Finding;
import dev.connectonboard.plangate.PlanGateReport;
import dev.connectonboard.plangate.UnmatchedAcknowledgement;

import java.util.List;

/** For the terminal: per department, the changes grouped by effect, blocking ones with how to acknowledge them. */
final class TextPlanReport {
    private TextPlanReport() {
    }

    static String render(PlanGateReport report) {
        StringBuilder out = new StringBuilder();
        out.append("plan check ").append(Wording.outcome(report)).append(" (platform ").append(report.platform())
                .append(")\n");
        for (DepartmentPlanVerdict department : report.departments()) {
            out.append('\n').append(department.name()).append(": ").append(Wording.departmentOutcome(department))
                    .append("\n  plan ").append(department.plan()).append(", ")
                    .append(department.removed() ? "no descriptor (the department is removed)"
                            : "descriptor " + department.descriptor()).append('\n');
            for (Effect effect : Effect.values()) {
                List<Finding> findings = department.findings(effect);
                if (findings.isEmpty()) {
                    continue;
                }
                out.append("  ").append(effect.label()).append(" (").append(findings.size()).append(")\n");
                for (Finding finding : findings) {
                    String mark = finding.blocking() ? "BLOCKED " : finding.acknowledgement() != null ? "ok, acked "
                            : "         ";
                    out.append("    ").append(mark).append(Wording.where(department, finding)).append(": ")
                            .append(finding.message()).append('\n');
                    if (finding.address() != null) {
                        out.append("             ").append(finding.address()).append('\n');
                    }
                    if (finding.acknowledgement() != null) {
                        out.append("             ").append(Wording.acknowledged(finding)).append('\n');
                    }
                    if (finding.blocking() && finding.fix() != null) {
                        out.append("             ").append(finding.fix()).append('\n');
                    }
                }
            }
            for (UnmatchedAcknowledgement unmatched : department.unmatchedAcknowledgements()) {
                out.append("  warning: ").append(unmatched.source().cite()).append(": ").append(unmatched.message())
                        .append('\n');
            }
            if (department.findings().isEmpty()) {
                out.append("  no changes\n");
            }
            out.append("  ").append(department.unchanged()).append(department.unchanged() == 1 ? " resource" :
                    " resources").append(" unchanged\n");
        }
        return out.toString();
    }
}
