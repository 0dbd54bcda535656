package dev.connectonboard.quota;

import java.nio.file.Path;
import java.util.List;

/**
 * Every limit of one department.
 *
 * @param liveOnlyConnectors connectors live in the cluster with the department's prefix that no descriptor declares
 */
public record DepartmentVerdict(String name, String prefix, Path descriptor, List<String> liveOnlyConnectors,
                                List<LimitVerdict> limits) {

    public DepartmentVerdict {
        liveOnlyConnectors = List.copyOf(liveOnlyConnectors);
        limits = List.copyOf(limits);
    }

    public boolean passed() {
        return limits.stream().allMatch(LimitVerdict::passed);
    }

    public int violationCount() {
        return limits.stream().mapToInt(limit -> limit.violations().size()).sum();
    }
}
