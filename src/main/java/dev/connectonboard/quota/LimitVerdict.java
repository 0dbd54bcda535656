package dev.connectonboard.quota;

import java.util.List;

/**
 * One limit of one department: its value, the usage counted against it, what is left, and any violations.
 *
 * @param name     the policy field ({@code maxConnectors}, ...) or the native Confluent quota code
 * @param origin   {@link Origin#POLICY} for the platform's own limits, {@link Origin#CONFLUENT} for native quotas
 * @param limit    the limit; null when there is none (or for the class list, which is not a number)
 * @param usage    what counts against it (for allowedConnectorClasses: connectors using a forbidden class)
 * @param headroom limit minus usage; negative when over; null without a numeric limit
 * @param allowed  the allowed classes, for allowedConnectorClasses only; else null
 */
public record LimitVerdict(String name, Origin origin, Integer limit, int usage, Integer headroom,
                           List<String> allowed, List<Violation> violations) {

    public enum Origin { POLICY, CONFLUENT }

    public LimitVerdict {
        allowed = allowed == null ? null : List.copyOf(allowed);
        violations = List.copyOf(violations);
    }

    public static LimitVerdict numeric(String name, Origin origin, Integer limit, int usage,
                                       List<Violation> violations) {
        return new LimitVerdict(name, origin, limit, usage, limit == null ? null : limit - usage, null, violations);
    }

    public boolean passed() {
        return violations.isEmpty();
    }
}
