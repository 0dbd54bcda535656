package dev.connectonboard.plangate;

import dev.connectonboard.descriptor.Loaded;
import dev.connectonboard.descriptor.model.DepartmentOnboarding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Judges one department's plan against its descriptor (or against its absence: a department removal). */
final class DepartmentGate {
    private static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::effect)
            .thenComparing(f -> f.source() == null ? Integer.MAX_VALUE : f.source().line())
            .thenComparing(f -> f.address() == null ? "" : f.address());

    private DepartmentGate() {
    }

    /** @param descriptor the department's descriptor, or null when no descriptor declares it */
    static DepartmentPlanVerdict evaluate(TerraformPlan plan, Loaded<DepartmentOnboarding> descriptor) {
        String department = plan.marker().department();
        DescriptorIndex index = new DescriptorIndex(descriptor, descriptor == null ? null : descriptor.value().prefix());
        AcknowledgementMatcher acks = new AcknowledgementMatcher(descriptor);
        List<Finding> findings = new ArrayList<>();
        int unchanged = 0;
        int deletes = 0;
        for (ResourceChange change : plan.changes()) {
            Finding finding = ChangeClassifier.classify(change, index);
            if (finding == null) {
                unchanged++;
                continue;
            }
            if (change.action().destroys()) {
                deletes++;
            }
            if (index.removed() && finding.effect().needsAcknowledgement()) {
                finding = new Finding(finding.address(), finding.type(), finding.action(), finding.effect(),
                        finding.subject(), null, finding.message(), null, Fixes.forRemovedDepartment(department),
                        Fixes.departmentEntry(department));
            }
            findings.add(acks.apply(finding));
        }
        if (deletes > 0 && (index.removed() || acks.offboarding())) {
            findings.add(acks.apply(wholeDepartment(department, index, deletes)));
        }
        findings.sort(ORDER);
        return new DepartmentPlanVerdict(department, descriptor == null ? null : descriptor.value().prefix(),
                index.descriptorFile(), plan.file(), plan.terraformVersion(), acks.offboarding(), findings,
                acks.unmatched(), unchanged);
    }

    private static Finding wholeDepartment(String department, DescriptorIndex index, int deletes) {
        Subject subject = new Subject("department " + department, null, null, null);
        String message = index.removed()
                ? "department " + department + " is removed: no descriptor among the inputs declares it, and its "
                + "plan destroys " + deletes + (deletes == 1 ? " resource" : " resources") + ": destroys data"
                : "department " + department + " is offboarded: its plan destroys " + deletes
                + (deletes == 1 ? " resource" : " resources");
        return new Finding(null, null, PlanAction.DELETE, Effect.DESTROYS_DATA, subject, index.departmentSource(),
                message, null, index.removed() ? Fixes.forRemovedDepartment(department) : null,
                index.removed() ? Fixes.departmentEntry(department) : null);
    }
}
