package dev.connectonboard.plangate;

import java.util.List;

/** The gate's verdict on every plan it was given, departments sorted by name. */
public record PlanGateReport(String platform, List<DepartmentPlanVerdict> departments) {

    public PlanGateReport {
        departments = List.copyOf(departments);
    }

    public boolean passed() {
        return departments.stream().allMatch(DepartmentPlanVerdict::passed);
    }

    public long failedDepartments() {
        return departments.stream().filter(d -> !d.passed()).count();
    }

    public long blockingCount() {
        return departments.stream().mapToLong(DepartmentPlanVerdict::blockingCount).sum();
    }

    public long acknowledgedCount() {
        return departments.stream().mapToLong(DepartmentPlanVerdict::acknowledgedCount).sum();
    }

    public long count(Effect effect) {
        return departments.stream().mapToLong(d -> d.findings(effect).size()).sum();
    }

    public long unmatchedAcknowledgementCount() {
        return departments.stream().mapToLong(d -> d.unmatchedAcknowledgements().size()).sum();
    }
}
