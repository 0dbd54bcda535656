package dev.connectonboard.quota;

import dev.connectonboard.quota.LimitVerdict.Origin;

import java.util.ArrayList;
import java.util.List;

/**
 * The platform's own limits for one department. Usage counts the descriptor's connectors plus the live ones no
 * descriptor declares; live connectors come first because they already exist, so the violation cites the first
 * descriptor entry that pushes the count over, or says the live connectors are over on their own.
 */
final class PolicyRules {
    private static final int NAMES_SHOWN = 5;

    private final DepartmentPlan plan;
    private final List<LiveConnectorUsage> liveOnly;
    private final String clusterId;

    PolicyRules(DepartmentPlan plan, List<LiveConnectorUsage> liveOnly, String clusterId) {
        this.plan = plan;
        this.liveOnly = liveOnly;
        this.clusterId = clusterId;
    }

    List<LimitVerdict> evaluate() {
        DepartmentLimits limits = plan.limits();
        return List.of(connectors(limits.maxConnectors()), tasks(limits.maxTasks()),
                tasksPerConnector(limits.maxTasksPerConnector()),
                privateLinks(limits.maxPrivateLinkEndpoints()), classes(limits.allowedConnectorClasses()));
    }

    private LimitVerdict connectors(Integer max) {
        int usage = liveOnly.size() + plan.connectors().size();
        List<Violation> violations = new ArrayList<>();
        if (max != null && usage > max) {
            String opening = department() + " has " + usage + " connectors, over maxConnectors " + max + ": ";
            if (liveOnly.size() > max) {
                violations.add(new Violation(opening + liveOnly.size() + " connectors are live in " + clusterId
                        + " and not in any descriptor (" + names(liveOnly) + "), more than the limit on their own."
                        + " Delete them in Confluent Cloud or declare them in the descriptor, or ask the platform team"
                        + " to raise maxConnectors for " + plan.name() + ".", null, null, liveNames()));
            } else {
                DeclaredConnector culprit = plan.connectors().get(max - liveOnly.size());
                violations.add(new Violation(opening + "connector '" + culprit.name() + "' at "
                        + culprit.at().cite() + " is number " + (max + 1) + liveNote() + ". Remove connectors, or"
                        + " ask the platform team to raise maxConnectors for " + plan.name() + ".", culprit.name(),
                        culprit.at(), liveNames()));
            }
        }
        return LimitVerdict.numeric("maxConnectors", Origin.POLICY, max, usage, violations);
    }

    private LimitVerdict tasks(Integer max) {
        int liveTasks = liveOnly.stream().mapToInt(LiveConnectorUsage::tasksMax).sum();
        int usage = liveTasks + plan.connectors().stream().mapToInt(DeclaredConnector::tasks).sum();
        List<Violation> violations = new ArrayList<>();
        if (max != null && usage > max) {
            String opening = department() + " needs " + usage + " tasks, over maxTasks " + max + ": ";
            if (liveTasks > max) {
                violations.add(new Violation(opening + "connectors live in " + clusterId + " and not in any"
                        + " descriptor (" + names(liveOnly) + ") run " + liveTasks + " tasks, more than the limit on"
                        + " their own. Delete or shrink them, or ask the platform team to raise maxTasks for "
                        + plan.name() + ".", null, null, liveNames()));
            } else {
                int total = liveTasks;
                for (DeclaredConnector connector : plan.connectors()) {
                    int before = total;
                    total += connector.tasks();
                    if (total > max) {
                        violations.add(new Violation(opening + "connector '" + connector.name() + "' at "
                                + connector.tasksAt().cite() + " (tasks: " + connector.tasks() + ") takes the total"
                                + " from " + before + " to " + total + liveNote() + ". Lower tasks, or ask the"
                                + " platform team to raise maxTasks for " + plan.name() + ".", connector.name(),
                                connector.tasksAt(), liveNames()));
                        break;
                    }
                }
            }
        }
        return LimitVerdict.numeric("maxTasks", Origin.POLICY, max, usage, violations);
    }

    private LimitVerdict tasksPerConnector(Integer max) {
        int largest = 0;
        List<Violation> violations = new ArrayList<>();
        for (DeclaredConnector connector : plan.connectors()) {
            largest = Math.max(largest, connector.tasks());
            if (max != null && connector.tasks() > max) {
                violations.add(new Violation(department() + ": connector '" + connector.name() + "' at "
                        + connector.tasksAt().cite() + " asks for " + connector.tasks() + " tasks, over"
                        + " maxTasksPerConnector " + max + ". Lower its tasks to " + max + " or fewer.",
                        connector.name(), connector.tasksAt(), List.of()));
            }
        }
        for (LiveConnectorUsage connector : liveOnly) {
            largest = Math.max(largest, connector.tasksMax());
            if (max != null && connector.tasksMax() > max) {
                violations.add(new Violation(department() + ": connector '" + connector.name() + "' is live in "
                        + clusterId + " with tasks.max " + connector.tasksMax() + ", over maxTasksPerConnector "
                        + max + ", and not in any descriptor. Lower its tasks.max in Confluent Cloud or declare it.",
                        connector.name(), null, List.of(connector.name())));
            }
        }
        return LimitVerdict.numeric("maxTasksPerConnector", Origin.POLICY, max, largest, violations);
    }

    private LimitVerdict privateLinks(Integer max) {
        int usage = plan.privateLinkEndpoints().size();
        List<Violation> violations = new ArrayList<>();
        if (max != null && usage > max) {
            SourceRef culprit = plan.privateLinkEndpoints().get(max);
            violations.add(new Violation(department() + " has " + usage + " Private Link endpoints, over"
                    + " maxPrivateLinkEndpoints " + max + ": the entry at " + culprit.cite() + " is number "
                    + (max + 1) + ". Remove endpoints, or ask the platform team to raise maxPrivateLinkEndpoints for "
                    + plan.name() + ".", null, culprit, List.of()));
        }
        return LimitVerdict.numeric("maxPrivateLinkEndpoints", Origin.POLICY, max, usage, violations);
    }

    private LimitVerdict classes(List<String> allowed) {
        List<Violation> violations = new ArrayList<>();
        if (allowed != null) {
            String allowedText = allowed.isEmpty() ? "none" : String.join(", ", allowed);
            for (DeclaredConnector connector : plan.connectors()) {
                if (!allowed.contains(connector.connectorClass())) {
                    violations.add(new Violation(department() + ": connector '" + connector.name() + "' at "
                            + connector.classAt().cite() + " uses class " + connector.connectorClass() + ", which"
                            + " allowedConnectorClasses does not allow (allowed: " + allowedText + ").",
                            connector.name(), connector.classAt(), List.of()));
                }
            }
            for (LiveConnectorUsage connector : liveOnly) {
                if (!allowed.contains(connector.connectorClass())) {
                    violations.add(new Violation(department() + ": connector '" + connector.name() + "' is live in "
                            + clusterId + " with class " + connector.connectorClass() + ", which"
                            + " allowedConnectorClasses does not allow (allowed: " + allowedText + "), and is not in"
                            + " any descriptor. Delete it in Confluent Cloud.", connector.name(), null,
                            List.of(connector.name())));
                }
            }
        }
        return new LimitVerdict("allowedConnectorClasses", Origin.POLICY, null, violations.size(), null, allowed,
                violations);
    }

    private String department() {
        return "department '" + plan.name() + "'";
    }

    private String liveNote() {
        return liveOnly.isEmpty() ? "" : ", counting " + liveOnly.size() + " connector(s) live in " + clusterId
                + " and not in any descriptor (" + names(liveOnly) + ")";
    }

    private List<String> liveNames() {
        return liveOnly.stream().map(LiveConnectorUsage::name).toList();
    }

    private static String names(List<LiveConnectorUsage> connectors) {
        List<String> names = connectors.stream().map(LiveConnectorUsage::name).toList();
        return names.size() <= NAMES_SHOWN ? String.join(", ", names)
                : String.join(", ", names.subList(0, NAMES_SHOWN)) + " and " + (names.size() - NAMES_SHOWN) + " more";
    }
}
