package dev.connectonboard.generate;

import dev.connectonboard.descriptor.model.Connector;
import dev.connectonboard.descriptor.model.DepartmentOnboarding;

import java.util.Map;

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

    /** The worker-side reference to a secret, resolved by the AWS Secrets Manager config provider at runtime. */
    public static String selfManagedSecretPlaceholder(String secretId, String key) {
        return "${secretsmanager:" + secretId + ":" + key + "}";
    }
}
