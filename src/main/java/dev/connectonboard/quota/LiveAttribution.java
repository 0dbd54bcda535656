package dev.connectonboard.quota;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds, per department, the live connectors named {@code <prefix>-...} that no descriptor declares (made by hand
 * or through the CLI). Prefixes hold no dash and never start one another (the descriptor rules), so the part of a
 * name before its first dash decides the owner.
 */
final class LiveAttribution {

    private LiveAttribution() {
    }

    /** Live-only connectors by department name, each list sorted by connector name. */
    static Map<String, List<LiveConnectorUsage>> liveOnly(List<DepartmentPlan> plans,
                                                          Map<String, LiveConnectorUsage> live, String clusterId) {
        Map<String, DepartmentPlan> byPrefix = new HashMap<>();
        Set<String> declared = new HashSet<>();
        Map<String, List<LiveConnectorUsage>> result = new HashMap<>();
        for (DepartmentPlan plan : plans) {
            byPrefix.putIfAbsent(plan.prefix(), plan);
            plan.connectors().forEach(connector -> declared.add(connector.name()));
            result.put(plan.name(), new ArrayList<>());
        }
        for (LiveConnectorUsage connector : new TreeMap<>(live).values()) {
            if (declared.contains(connector.name())) {
                continue;
            }
            DepartmentPlan owner = ownerOf(connector.name(), byPrefix);
            if (owner == null) {
                continue;
            }
            if (connector.connectorClass() == null || connector.tasksMax() == null) {
                throw new QuotaUndeterminedException("Confluent Cloud listed connector '" + connector.name() + "' in "
                        + clusterId + " without a readable connector.class or tasks.max, so the usage of department '"
                        + owner.name() + "' cannot be determined. Run the check again; if it persists, look at the"
                        + " connector in the Confluent Cloud console.");
            }
            result.get(owner.name()).add(connector);
        }
        return result;
    }

    private static DepartmentPlan ownerOf(String connectorName, Map<String, DepartmentPlan> byPrefix) {
        int dash = connectorName.indexOf('-');
        return dash > 0 ? byPrefix.get(connectorName.substring(0, dash)) : null;
    }
}
