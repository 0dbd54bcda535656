package dev.connectonboard.provider.connectonboard;

import dev.connectonboard.confluent.LiveConnector;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Which live connectors belong to a department: those named {@code <prefix>-...}, where the department's prefix is
 * the longest known prefix that matches at a dash (so with {@code fin} and {@code fin-ops}, {@code fin-ops-x} is
 * fin-ops'). The quota check attributes live connectors by the same rule.
 */
final class DepartmentConnectors {
    private DepartmentConnectors() {
    }

    static List<LiveConnector> of(String prefix, Collection<String> allPrefixes, Map<String, LiveConnector> live) {
        return live.values().stream()
                .filter(connector -> prefix.equals(owningPrefix(connector.name(), allPrefixes)))
                .toList();
    }

    private static String owningPrefix(String connectorName, Collection<String> prefixes) {
        String owner = null;
        for (int dash = connectorName.indexOf('-'); dash > 0; dash = connectorName.indexOf('-', dash + 1)) {
            String candidate = connectorName.substring(0, dash);
            if (prefixes.contains(candidate)) {
                owner = candidate;
            }
        }
        return owner;
    }
}
