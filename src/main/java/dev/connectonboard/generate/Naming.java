package dev.connectonboard.generate;

import dev.connectonboard.descriptor.SourceTopics;
import dev.connectonboard.descriptor.model.Connector;
import dev.connectonboard.descriptor.model.DepartmentOnboarding;

/** Names the generated Terraform and configs agree on; the modules use the same conventions. */
public final class Naming {
    private Naming() {
    }

    public static String deadLetterQueueTopic(DepartmentOnboarding department, Connector connector) {
        return department.prefix() + ".dlq." + connector.name();
    }

    /** The secret holding the self-managed workers' Kafka API key (the department module creates it). */
    public static String workerKafkaCredentialsSecret(DepartmentOnboarding department) {
        return department.prefix() + "/connect-worker/kafka-api-key";
    }

    /** The secret holding the self-managed workers' REST user and password (the department module creates it). */
    public static String workerRestCredentialsSecret(DepartmentOnboarding department) {
        return department.prefix() + "/connect-worker/rest-credentials";
    }

    /** The self-managed workers' REST API, as the connect-cluster-self-managed module names it (rest.tf). */
    public static String workerRestUrl(DepartmentOnboarding department, String domain) {
        return "https://" + department.prefix() + "-connect." + domain;
    }

    /**
     * The prefix a source connector the descriptor lets create its topics creates them under: its topic prefix plus
     * a dot, else the department's prefix plus a dot; null for every other connector (validation has checked that
     * the prefix lies inside the department's).
     */
    public static String createsTopicsUnder(DepartmentOnboarding department, Connector connector) {
        if (!connector.createsTopics()) {
            return null;
        }
        return SourceTopics.createScope(connector, department.prefix());
    }

    /** The worker-side reference to a secret, resolved by the AWS Secrets Manager config provider at runtime. */
    public static String selfManagedSecretPlaceholder(String secretId, String key) {
        return "${secretsmanager:" + secretId + ":" + key + "}";
    }
}
