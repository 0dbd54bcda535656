package dev.connectonboard.descriptor;

import dev.connectonboard.descriptor.model.AcknowledgedAction;
import dev.connectonboard.descriptor.model.Acknowledgement;
import dev.connectonboard.descriptor.model.Connector;
import dev.connectonboard.descriptor.model.DepartmentOnboarding;
import dev.connectonboard.descriptor.model.Topic;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The rules of {@code acknowledgements}: each names exactly one thing of this department, once, and a delete is only
 * acknowledged for something no longer declared (a declared topic or connector is never deleted by Terraform).
 */
final class AcknowledgementRules {
    private AcknowledgementRules() {
    }

    static void check(DepartmentOnboarding descriptor, ProblemCollector problems) {
        String prefix = descriptor.prefix();
        Set<String> declaredTopics = new HashSet<>(descriptor.topics().stream().map(Topic::name).toList());
        Set<String> declaredConnectors = new HashSet<>(descriptor.connectors().stream().map(Connector::name).toList());
        Set<String> seen = new HashSet<>();
        List<Acknowledgement> acknowledgements = descriptor.acknowledgements();
        for (int i = 0; i < acknowledgements.size(); i++) {
            Acknowledgement ack = acknowledgements.get(i);
            String at = "/acknowledgements/" + i;
            long named = Stream.of(ack.topic(), ack.connector(), ack.department()).filter(v -> v != null).count();
            if (named != 1) {
                problems.add(at, (named == 0 ? "names nothing" : "names " + named + " things")
                        + "; give exactly one of topic, connector or department");
                continue;
            }
            if (!seen.add(ack.subject() + " " + ack.action())) {
                problems.add(at, "duplicate acknowledgement of " + ack.subject() + " (" + label(ack.action()) + ")");
            }
            if (ack.department() != null) {
                checkDepartment(ack, at, descriptor, problems);
            } else if (ack.topic() != null) {
                checkTopic(ack, at, prefix, declaredTopics, problems);
            } else {
                checkConnector(ack, at, prefix, declaredConnectors, problems);
            }
        }
    }

    private static void checkDepartment(Acknowledgement ack, String at, DepartmentOnboarding descriptor,
                                        ProblemCollector problems) {
        if (!ack.department().equals(descriptor.name())) {
            problems.add(at + "/department", "a descriptor acknowledges only its own department's removal; write "
                    + "'department: " + descriptor.name() + "'");
        }
        if (ack.action() != AcknowledgedAction.DELETE) {
            problems.add(at + "/action", "a department is removed, never replaced; write 'action: delete'");
        }
    }

    private static void checkTopic(Acknowledgement ack, String at, String prefix, Set<String> declared,
                                   ProblemCollector problems) {
        if (!ack.topic().startsWith(prefix + ".") && !ack.topic().startsWith(prefix + "-")) {
            problems.add(at + "/topic", "topic '" + ack.topic() + "' is not one of this department's (prefix '"
                    + prefix + ".'); a descriptor acknowledges only its own topics");
        } else if (ack.action() == AcknowledgedAction.DELETE && declared.contains(ack.topic())) {
            problems.add(at + "/topic", "topic '" + ack.topic() + "' is still declared under topics, so it is not "
                    + "deleted; remove it from topics to delete it, or write 'action: replace' to acknowledge a "
                    + "replacement (e.g. fewer partitions)");
        }
    }

    private static void checkConnector(Acknowledgement ack, String at, String prefix, Set<String> declared,
                                       ProblemCollector problems) {
        if (!ack.connector().startsWith(prefix + "-")) {
            problems.add(at + "/connector", "connector '" + ack.connector() + "' is not one of this department's "
                    + "(prefix '" + prefix + "-'); a descriptor acknowledges only its own connectors");
        } else if (ack.action() == AcknowledgedAction.DELETE && declared.contains(ack.connector())) {
            problems.add(at + "/connector", "connector '" + ack.connector() + "' is still declared under "
                    + "connectors, so it is not deleted; remove it (or rename it) to delete it, or write "
                    + "'action: replace' to acknowledge a replacement");
        }
    }

    private static String label(AcknowledgedAction action) {
        return action == AcknowledgedAction.DELETE ? "delete" : "replace";
    }
}
