package dev.connectonboard.quota;

import java.util.List;

/**
 * What one department's descriptor asks for, as far as quotas are concerned.
 *
 * @param at                   the descriptor's {@code department} section, cited when the department as a whole
 *                             pushes a native Confluent quota over
 * @param privateLinkEndpoints each {@code privateLinkEgress} entry, in file order
 */
public record DepartmentPlan(String name, String prefix, SourceRef at, List<DeclaredConnector> connectors,
                             List<SourceRef> privateLinkEndpoints, DepartmentLimits limits) {

    public DepartmentPlan {
        connectors = List.copyOf(connectors);
        privateLinkEndpoints = List.copyOf(privateLinkEndpoints);
    }
}
