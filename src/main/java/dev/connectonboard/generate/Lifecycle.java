package dev.connectonboard.generate;

import dev.connectonboard.descriptor.model.ConnectRuntime;
import dev.connectonboard.descriptor.model.Connector;
import dev.connectonboard.descriptor.model.DepartmentOnboarding;
import dev.connectonboard.descriptor.model.Platform;
import dev.connectonboard.descriptor.model.Topic;
import dev.connectonboard.generate.RootModuleView.ImportView;
import dev.connectonboard.generate.RootModuleView.KeptTopicView;
import dev.connectonboard.generate.RootModuleView.OffboardView;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The lifecycle parts of a root: import blocks for what a department adopted, and the reduced root of a department
 * being offboarded. Addresses are the department module's (modules/department, connectors, topics); the ids are
 * the import formats the providers document.
 */
final class Lifecycle {
    static final String TOPICS = "module.department.module.topics.confluent_kafka_topic.";
    static final String MANAGED_CONNECTOR = "module.department.module.connectors[0].confluent_connector.this";
    static final String SELF_MANAGED_CONNECTOR = "connectonboard_connector.this";

    private Lifecycle() {
    }

    /**
     * One import block per adopted connector and topic, in the descriptor's order. Ids, from the Confluent
     * provider's documentation (confluentinc/terraform-provider-confluent, docs/resources/confluent_connector.md
     * and confluent_kafka_topic.md, "Import"): a connector is {@code <Environment ID>/<Kafka cluster ID>/<connector
     * name>}, a topic {@code <Kafka cluster ID>/<topic name>}. A self-managed connector is imported by its name
     * (the connectonboard provider's ConnectorResource.importState).
     */
    static List<ImportView> imports(Platform platform, DepartmentOnboarding department) {
        String environment = platform.confluent().environmentId();
        String cluster = platform.confluent().kafkaCluster().id();
        boolean selfManaged = department.connect().runtime() == ConnectRuntime.SELF_MANAGED;
        Set<String> adoptedConnectors = new HashSet<>(department.adoptedConnectors());
        Set<String> adoptedTopics = new HashSet<>(department.adoptedTopics());
        List<ImportView> imports = new ArrayList<>();
        for (Connector connector : department.connectors()) {
            if (adoptedConnectors.contains(connector.name())) {
                imports.add(selfManaged
                        ? new ImportView("connector " + connector.name(), SELF_MANAGED_CONNECTOR + key(connector.name()),
                        connector.name())
                        : new ImportView("connector " + connector.name(), MANAGED_CONNECTOR + key(connector.name()),
                        environment + "/" + cluster + "/" + connector.name()));
            }
        }
        for (Topic topic : department.topics()) {
            if (adoptedTopics.contains(topic.name())) {
                imports.add(new ImportView("topic " + topic.name(), TOPICS + "department" + key(topic.name()),
                        cluster + "/" + topic.name()));
            }
        }
        for (Connector connector : department.connectors()) {
            String dlq = Naming.deadLetterQueueTopic(department, connector);
            if (connector.errors().deadLetterQueue() && adoptedTopics.contains(dlq)) {
                imports.add(new ImportView("topic " + dlq + " (dead letter queue of " + connector.name() + ")",
                        TOPICS + "dlq" + key(dlq), cluster + "/" + dlq));
            }
        }
        return imports;
    }

    /**
     * Kept topics leave the state through a {@code moved} block to a root-level address and a {@code removed}
     * block there: Terraform's {@code removed.from} cannot name one instance of a {@code for_each} resource
     * (developer.hashicorp.com/terraform/language/state/remove: "You cannot include instance keys"), and the
     * department's topics are instances of one.
     */
    static OffboardView offboard(Platform platform, DepartmentOnboarding department) {
        Set<String> keep = new LinkedHashSet<>(department.offboarding().keepTopics());
        Set<String> dlqs = new HashSet<>();
        department.connectors().stream().filter(c -> c.errors().deadLetterQueue())
                .forEach(c -> dlqs.add(Naming.deadLetterQueueTopic(department, c)));
        List<KeptTopicView> kept = new ArrayList<>();
        Set<String> identifiers = new HashSet<>();
        for (String topic : keep) {
            String from = TOPICS + (dlqs.contains(topic) ? "dlq" : "department") + key(topic);
            String base = "kept_" + topic.replaceAll("[^A-Za-z0-9_]", "_");
            String identifier = base;
            for (int n = 2; !identifiers.add(identifier); n++) {
                identifier = base + "_" + n;
            }
            kept.add(new KeptTopicView(topic, from, "confluent_kafka_topic." + identifier));
        }
        List<String> deleted = new ArrayList<>();
        department.topics().stream().map(Topic::name).filter(t -> !keep.contains(t)).forEach(deleted::add);
        dlqs.stream().sorted().filter(t -> !keep.contains(t)).forEach(deleted::add);
        boolean selfManaged = department.connect().runtime() == ConnectRuntime.SELF_MANAGED;
        String restUrl = selfManaged && platform.selfManagedConnect() != null
                && platform.selfManagedConnect().rest() != null
                ? Naming.workerRestUrl(department, platform.selfManagedConnect().rest().domain()) : null;
        return new OffboardView(kept, deleted, restUrl,
                selfManaged ? Naming.workerRestCredentialsSecret(department) : null);
    }

    private static String key(String name) {
        return "[" + Hcl.quote(name) + "]";
    }
}
