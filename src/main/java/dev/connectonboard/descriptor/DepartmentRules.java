package dev.connectonboard.descriptor;

import dev.connectonboard.descriptor.model.Connector;
import dev.connectonboard.descriptor.model.ConnectRuntime;
import dev.connectonboard.descriptor.model.ConnectorDirection;
import dev.connectonboard.descriptor.model.DepartmentOnboarding;
import dev.connectonboard.descriptor.model.ErrorTolerance;
import dev.connectonboard.descriptor.model.IamRole;
import dev.connectonboard.descriptor.model.Platform;
import dev.connectonboard.descriptor.model.PrivateLinkEndpoint;
import dev.connectonboard.descriptor.model.QuotaLimits;
import dev.connectonboard.descriptor.model.QuotaPolicy;
import dev.connectonboard.descriptor.model.Topic;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules of one department descriptor that a schema cannot express: prefixes, references, duplicates, runtime
 * consistency, secrets in the wrong place, and (when a platform or quota policy is given) what those allow.
 */
final class DepartmentRules {
    /** Properties connect-onboard sets itself; a descriptor setting them would silently fight the generator. */
    static final Map<String, String> RESERVED_CONFIG = Map.ofEntries(
            Map.entry("name", "the connector's name"),
            Map.entry("connector.class", "class"),
            Map.entry("tasks.max", "tasks"),
            Map.entry("topics", "topics"),
            Map.entry("kafka.auth.mode", "the department's connector service account"),
            Map.entry("kafka.service.account.id", "the department's connector service account"),
            Map.entry("kafka.api.key", "the department's connector service account"),
            Map.entry("kafka.api.secret", "the department's connector service account"),
            Map.entry("errors.tolerance", "errors.tolerance"),
            Map.entry("errors.deadletterqueue.topic.name", "errors.deadLetterQueue"),
            Map.entry("provider.integration.id", "iamRole"),
            Map.entry("authentication.method", "iamRole"));

    private static final int AWS_ROLE_NAME_MAX = 64;

    private DepartmentRules() {
    }

    static List<Problem> check(Loaded<DepartmentOnboarding> loaded, Platform platform, QuotaPolicy policy) {
        ProblemCollector problems = new ProblemCollector(loaded);
        DepartmentOnboarding descriptor = loaded.value();
        String prefix = descriptor.prefix();
        checkRuntime(descriptor, problems);
        Set<String> topicNames = checkTopics(descriptor.topics(), prefix, problems);
        Set<String> roleNames = names(descriptor.iamRoles(), IamRole::name, "/iamRoles", problems);
        Set<String> endpointNames = names(descriptor.privateLinkEgress(), PrivateLinkEndpoint::name,
                "/privateLinkEgress", problems);
        for (int i = 0; i < descriptor.iamRoles().size(); i++) {
            String awsName = prefix + "-" + descriptor.iamRoles().get(i).name();
            if (awsName.length() > AWS_ROLE_NAME_MAX) {
                problems.add("/iamRoles/" + i + "/name", "the AWS role name '" + awsName + "' would be "
                        + awsName.length() + " characters; AWS allows " + AWS_ROLE_NAME_MAX + ", so with prefix '"
                        + prefix + "' use a name of at most " + (AWS_ROLE_NAME_MAX - prefix.length() - 1)
                        + " characters");
            }
        }
        checkDnsDomainsUnique(descriptor.privateLinkEgress(), problems);
        checkDeadLetterQueueNames(descriptor, problems);
        AcknowledgementRules.check(descriptor, problems);
        LifecycleRules.check(descriptor, problems);
        Set<String> connectorNames = new HashSet<>();
        QuotaLimits limits = policy == null ? null : policy.effectiveLimits(descriptor.name());
        for (int i = 0; i < descriptor.connectors().size(); i++) {
            Connector connector = descriptor.connectors().get(i);
            String at = "/connectors/" + i;
            if (!connectorNames.add(connector.name())) {
                problems.add(at + "/name", "duplicate connector name '" + connector.name() + "'");
            }
            if (!connector.name().startsWith(prefix + "-")) {
                problems.add(at + "/name", "'" + connector.name() + "' does not start with the department prefix '"
                        + prefix + "-'; rename it to '" + prefix + "-" + connector.name() + "'");
            }
            checkConnector(connector, at, descriptor, topicNames, roleNames, endpointNames, problems);
            if (limits != null && !limits.allowedConnectorClasses().contains(connector.connectorClass())) {
                problems.add(at + "/class", "connector class '" + connector.connectorClass() + "' is not allowed for "
                        + "department '" + descriptor.name() + "' by the quota policy; allowed: "
                        + String.join(", ", limits.allowedConnectorClasses())
                        + Suggestions.didYouMean(connector.connectorClass(), limits.allowedConnectorClasses()));
            }
        }
        SelfManagedRules.check(descriptor, platform, problems);
        if (platform != null) {
            IsolationRules.check(descriptor, platform, problems);
        }
        if (platform != null && !descriptor.privateLinkEgress().isEmpty()
                && platform.confluent().egressGatewayId() == null) {
            problems.add("/privateLinkEgress", "the platform '" + platform.name() + "' has no egress gateway; ask the "
                    + "platform team to set confluent.egressGatewayId in the platform file");
        }
        return problems.problems();
    }

    private static void checkRuntime(DepartmentOnboarding descriptor, ProblemCollector problems) {
        boolean selfManaged = descriptor.connect().runtime() == ConnectRuntime.SELF_MANAGED;
        if (selfManaged && descriptor.connect().selfManaged() == null) {
            problems.add("/connect/runtime", "runtime self-managed needs a connect.selfManaged section (workers, "
                    + "image, cpu, memory, subnetIds, securityGroupIds)");
        }
        if (!selfManaged && descriptor.connect().selfManaged() != null) {
            problems.add("/connect/selfManaged", "selfManaged settings are only for runtime: self-managed; remove "
                    + "them or set connect.runtime: self-managed");
        }
    }

    private static Set<String> checkTopics(List<Topic> topics, String prefix, ProblemCollector problems) {
        Set<String> names = names(topics, Topic::name, "/topics", problems);
        for (int i = 0; i < topics.size(); i++) {
            SecretRules.checkTopicConfig(topics.get(i).config(), "/topics/" + i + "/config", problems);
            String name = topics.get(i).name();
            // One rule everywhere: modules/topics refuses any other name, and the connectors' ACLs and the
            // operators' role binding (topic=<prefix>.*) cover exactly these.
            if (!name.startsWith(prefix + ".")) {
                problems.add("/topics/" + i + "/name", "topic '" + name + "' does not start with the department "
                        + "prefix '" + prefix + ".'; rename it to '" + renamed(name, prefix) + "'");
            }
        }
        return names;
    }

    /** {@code fin-ledger} becomes {@code fin.ledger}, anything else gets the prefix in front. */
    private static String renamed(String topic, String prefix) {
        return topic.startsWith(prefix + "-") ? prefix + "." + topic.substring(prefix.length() + 1)
                : prefix + "." + topic;
    }

    /** The DLQ topic ErrorHandling documents, {@code <prefix>.dlq.<connector>}, is created by connect-onboard. */
    private static void checkDeadLetterQueueNames(DepartmentOnboarding descriptor, ProblemCollector problems) {
        // by name, not connectors x topics: a large department would otherwise take seconds here
        Map<String, List<Integer>> topicPositions = new HashMap<>();
        for (int t = 0; t < descriptor.topics().size(); t++) {
            topicPositions.computeIfAbsent(descriptor.topics().get(t).name(), n -> new java.util.ArrayList<>()).add(t);
        }
        for (Connector connector : descriptor.connectors()) {
            String dlq = descriptor.prefix() + ".dlq." + connector.name();
            if (!connector.errors().deadLetterQueue()) {
                continue;
            }
            for (int t : topicPositions.getOrDefault(dlq, List.of())) {
                problems.add("/topics/" + t + "/name", "topic '" + dlq + "' is the dead letter queue that "
                        + "connect-onboard creates for connector '" + connector.name() + "'; remove it from "
                        + "topics");
            }
        }
    }

    private static <T> Set<String> names(List<T> items, Function<T, String> name, String pointer,
                                         ProblemCollector problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String value = name.apply(items.get(i));
            if (!seen.add(value)) {
                problems.add(pointer + "/" + i + "/name", "duplicate name '" + value + "'");
            }
        }
        return seen;
    }

    private static void checkDnsDomainsUnique(List<PrivateLinkEndpoint> endpoints, ProblemCollector problems) {
        Map<String, String> owner = new HashMap<>();
        for (int i = 0; i < endpoints.size(); i++) {
            List<String> domains = endpoints.get(i).dnsDomains();
            for (int d = 0; d < domains.size(); d++) {
                String previous = owner.putIfAbsent(domains.get(d), endpoints.get(i).name());
                if (previous != null) {
                    problems.add("/privateLinkEgress/" + i + "/dnsDomains/" + d, "DNS domain '" + domains.get(d)
                            + (previous.equals(endpoints.get(i).name()) ? "' is listed twice"
                            : "' is already routed to endpoint '" + previous + "'"));
                }
            }
        }
    }

    private static void checkConnector(Connector connector, String at, DepartmentOnboarding descriptor,
                                       Set<String> topicNames, Set<String> roleNames, Set<String> endpointNames,
                                       ProblemCollector problems) {
        if (connector.effectiveDirection() == null) {
            problems.add(at + "/class", "cannot tell whether '" + connector.connectorClass() + "' is a sink or a "
                    + "source from its name; add 'direction: sink' or 'direction: source'");
        }
        for (int t = 0; t < connector.topics().size(); t++) {
            String topic = connector.topics().get(t);
            if (!topicNames.contains(topic)) {
                problems.add(at + "/topics/" + t, "topic '" + topic + "' is not declared under topics"
                        + Suggestions.didYouMean(topic, topicNames) + " (declare it so it is created and its ACLs "
                        + "are granted)");
            }
        }
        if (connector.iamRole() != null && !roleNames.contains(connector.iamRole())) {
            problems.add(at + "/iamRole", "IAM role '" + connector.iamRole() + "' is not declared under iamRoles"
                    + Suggestions.didYouMean(connector.iamRole(), roleNames));
        }
        if (connector.privateLink() != null && !endpointNames.contains(connector.privateLink())) {
            problems.add(at + "/privateLink", "Private Link endpoint '" + connector.privateLink() + "' is not declared "
                    + "under privateLinkEgress" + Suggestions.didYouMean(connector.privateLink(), endpointNames));
        }
        java.util.Map<String, String> userConfig = new java.util.TreeMap<>();
        for (String key : connector.config().keySet()) {
            String pointer = FieldPaths.child(at + "/config", key);
            String owner = RESERVED_CONFIG.get(key);
            if (owner != null || key.startsWith("errors.deadletterqueue.")) {
                problems.add(pointer, "'" + key + "' is set by connect-onboard from "
                        + (owner == null ? "errors.deadLetterQueue" : owner) + "; remove it from config");
            } else {
                userConfig.put(key, connector.config().get(key));
            }
        }
        SecretRules.checkConnectorConfig(connector.connectorClass(), userConfig, at + "/config", problems);
        for (String key : connector.secrets().keySet()) {
            if (connector.config().containsKey(key)) {
                problems.add(FieldPaths.child(at + "/secrets", key), "'" + key + "' is set both in config and in "
                        + "secrets; keep only the secret reference");
            }
        }
        if (connector.errors().deadLetterQueue()
                && connector.effectiveDirection() == dev.connectonboard.descriptor.model.ConnectorDirection.SOURCE) {
            problems.add(at + "/errors/deadLetterQueue", "Kafka Connect has dead letter queues for sink connectors "
                    + "only; remove deadLetterQueue from this source connector");
        }
        if (connector.errors().deadLetterQueue() && connector.errors().tolerance() == ErrorTolerance.NONE) {
            problems.add(at + "/errors/deadLetterQueue", "a dead letter queue receives records only when errors are "
                    + "tolerated; set errors.tolerance: all");
        }
        checkSourceTopics(connector, at, descriptor.prefix(), problems);
    }

    /**
     * Every topic a source writes is declared (Terraform creates it with its partitions and retention), or the
     * descriptor says explicitly that the connector creates its own topics under its topic prefix.
     */
    private static void checkSourceTopics(Connector connector, String at, String prefix, ProblemCollector problems) {
        if (connector.effectiveDirection() != ConnectorDirection.SOURCE) {
            if (connector.createsTopics()) {
                problems.add(at + "/createsTopics", "createsTopics is for source connectors, which write topics; "
                        + "remove it from this sink");
            }
            return;
        }
        SourceTopics.Derived derived = SourceTopics.of(connector).orElse(null);
        if (connector.createsTopics()) {
            String scope = SourceTopics.createScope(connector, prefix);
            if (!scope.startsWith(prefix + ".")) {
                problems.add(at + "/config/topic.prefix", "topic.prefix '" + scope.substring(0, scope.length() - 1)
                        + "' does not start with the department prefix '" + prefix + ".', so the topics this "
                        + "connector creates would fall outside the department; use e.g. '" + prefix + "."
                        + scope.substring(0, scope.length() - 1) + "'");
            }
            return;
        }
        String createHint = "; or set createsTopics: true to let it create topics under "
                + (derived != null && derived.createScope() != null ? derived.createScope() : prefix + ".")
                + " itself (Terraform then manages neither their partitions nor their retention)";
        if (derived == null) {
            if (connector.topics().isEmpty()) {
                problems.add(at + "/topics", "a source connector must list the topics it writes (each declared under "
                        + "topics, so Terraform creates them)" + createHint);
            }
            return;
        }
        if (!derived.known()) {
            problems.add(at + "/class", "cannot tell which topics " + connector.connectorClass() + " '"
                    + connector.name() + "' writes: " + derived.unknownWhy() + " (its topics are "
                    + derived.rule() + "); list the tables in table.include.list and declare their topics"
                    + createHint);
            return;
        }
        List<String> missing = derived.topics().stream().filter(t -> !connector.topics().contains(t)).toList();
        List<String> extra = connector.topics().stream().filter(t -> !derived.topics().contains(t)).toList();
        if (!missing.isEmpty()) {
            problems.add(at + "/topics", "'" + connector.name() + "' writes " + String.join(", ", derived.topics())
                    + " (" + derived.rule() + "); list " + (missing.size() == 1 ? "it" : "them") + " in this "
                    + "connector's topics and declare " + String.join(", ", missing) + " under topics, so Terraform "
                    + "creates " + (missing.size() == 1 ? "it" : "them") + " with partitions and retention"
                    + createHint);
        }
        for (String topic : extra) {
            problems.add(at + "/topics/" + connector.topics().indexOf(topic), "'" + connector.name() + "' never "
                    + "writes '" + topic + "': its topics are " + String.join(", ", derived.topics()) + " ("
                    + derived.rule() + "); remove it");
        }
    }
}
