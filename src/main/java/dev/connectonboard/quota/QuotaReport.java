package dev.connectonboard.quota;

import java.util.List;

/**
 * The outcome of one quota check: every department's verdicts, and whether live usage was read at all.
 *
 * @param offline true when only descriptors were checked (no live connectors, no native quotas)
 */
public record QuotaReport(boolean offline, String platform, String environmentId, String kafkaClusterId,
                          List<DepartmentVerdict> departments) {

    /** Said by every report format when the check ran offline. */
    public static final String OFFLINE_NOTE = "offline: descriptors only; live connectors and native Confluent"
            + " Cloud quotas were not read, so usage may be higher than shown";
    public static final String ONLINE_NOTE = "online: usage includes live connectors in the Kafka cluster, native"
            + " Confluent Cloud quotas checked";

    public QuotaReport {
        departments = List.copyOf(departments);
    }

    public boolean passed() {
        return departments.stream().allMatch(DepartmentVerdict::passed);
    }

    public int violationCount() {
        return departments.stream().mapToInt(DepartmentVerdict::violationCount).sum();
    }

    public long failedDepartments() {
        return departments.stream().filter(department -> !department.passed()).count();
    }

    public String modeNote() {
        return offline ? OFFLINE_NOTE : ONLINE_NOTE;
    }
}
