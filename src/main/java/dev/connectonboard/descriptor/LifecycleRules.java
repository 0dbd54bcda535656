package dev.connectonboard.descriptor;

import dev.connectonboard.descriptor.model.AcknowledgedAction;
import dev.connectonboard.descriptor.model.AdoptedResource;
import dev.connectonboard.descriptor.model.Connector;
import dev.connectonboard.descriptor.model.DepartmentOnboarding;
import dev.connectonboard.descriptor.model.SecretRef;
import dev.connectonboard.descriptor.model.Topic;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a department's lifecycle sections: what {@code adopt} wrote (every adopted name declared, no secret
 * reference still a placeholder) and what {@code offboard} wrote (the removal acknowledged, kept topics the
 * department's own).
 */
final class LifecycleRules {
    private LifecycleRules() {
    }

    static void check(DepartmentOnboarding descriptor, ProblemCollector problems) {
        checkPlaceholders(descriptor, problems);
        checkAdopted(descriptor, problems);
        checkOffboarding(descriptor, problems);
    }

    private static void checkPlaceholders(DepartmentOnboarding descriptor, ProblemCollector problems) {
        for (int i = 0; i < descriptor.connectors().size(); i++) {
            Connector connector = descriptor.connectors().get(i);
            for (Map.Entry<String, SecretRef> secret : connector.secrets().entrySet()) {
                if (secret.getValue().isPlaceholder()) {
                    var ref = secret.getValue().awsSecretsManager();
                    problems.add(FieldPaths.child("/connectors/" + i + "/secrets", secret.getKey()) + "/placeholder",
                            "connect-onboard adopt wrote this reference for a value Confluent Cloud masks, so the "
                                    + "secret does not hold it yet: store the connector's '" + secret.getKey()
                                    + "' in AWS Secrets Manager as secret '" + ref.secretId() + "', JSON key '"
                                    + ref.key() + "' (aws secretsmanager create-secret / put-secret-value), then "
                                    + "delete 'placeholder: true'");
                }
            }
        }
    }

    private static void checkAdopted(DepartmentOnboarding descriptor, ProblemCollector problems) {
        Set<String> connectors = new HashSet<>(descriptor.connectors().stream().map(Connector::name).toList());
        Set<String> topics = new HashSet<>(descriptor.topics().stream().map(Topic::name).toList());
        // a declared connector's dead letter queue topic may have existed too: it is imported into its DLQ entry
        descriptor.connectors().stream().filter(c -> c.errors().deadLetterQueue())
                .forEach(c -> topics.add(descriptor.prefix() + ".dlq." + c.name()));
        Set<String> seen = new HashSet<>();
        List<AdoptedResource> adopted = descriptor.adopted();
        for (int i = 0; i < adopted.size(); i++) {
            AdoptedResource entry = adopted.get(i);
            String at = "/adopted/" + i;
            if ((entry.connector() == null) == (entry.topic() == null)) {
                problems.add(at, "give exactly one of connector or topic");
                continue;
            }
            boolean connector = entry.connector() != null;
            String name = connector ? entry.connector() : entry.topic();
            String field = at + (connector ? "/connector" : "/topic");
            if (!seen.add((connector ? "connector " : "topic ") + name)) {
                problems.add(field, "'" + name + "' is listed twice");
            } else if (!(connector ? connectors : topics).contains(name)) {
                problems.add(field, "'" + name + "' is not declared under " + (connector ? "connectors" : "topics (or a connector's DLQ)")
                        + "; an adopted resource is imported into its declared entry, so declare it or remove "
                        + "this entry" + Suggestions.didYouMean(name, connector ? connectors : topics));
            }
        }
    }

    private static void checkOffboarding(DepartmentOnboarding descriptor, ProblemCollector problems) {
        if (!descriptor.isOffboarding()) {
            return;
        }
        boolean acknowledged = descriptor.acknowledgements().stream().anyMatch(ack ->
                descriptor.name().equals(ack.department()) && ack.action() == AcknowledgedAction.DELETE);
        if (!acknowledged) {
            problems.add("/offboarding", "offboarding deletes the department's connectors, access and topics, so "
                    + "it needs its consent: add under acknowledgements '{ department: " + descriptor.name()
                    + ", action: delete, reason: \"<ticket, where the data went>\" }'");
        }
        Set<String> keepable = new HashSet<>(descriptor.topics().stream().map(Topic::name).toList());
        descriptor.connectors().stream().filter(c -> c.errors().deadLetterQueue())
                .forEach(c -> keepable.add(descriptor.prefix() + ".dlq." + c.name()));
        List<String> keep = descriptor.offboarding().keepTopics();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < keep.size(); i++) {
            String topic = keep.get(i);
            if (!seen.add(topic)) {
                problems.add("/offboarding/keepTopics/" + i, "'" + topic + "' is listed twice");
            } else if (!keepable.contains(topic)) {
                problems.add("/offboarding/keepTopics/" + i, "'" + topic + "' is neither a declared topic nor a "
                        + "dead letter queue of this department; only those can be kept (Connect's internal topics "
                        + "go with the workers)" + Suggestions.didYouMean(topic, keepable));
            }
        }
    }
}
