package dev.connectonboard.generate;

import dev.connectonboard.descriptor.SourceTopics;
import dev.connectonboard.descriptor.model.Connector;
import dev.connectonboard.descriptor.model.DepartmentOnboarding;

import java.util.Map;

/** Names the generated Terraform and configs agree on; the modules use the same conventions. */
public final class Naming {
    /**
     * Confluent Cloud plugin ids and the Java classes self-managed workers run for them, so that one quota policy
     * (written in plugin ids) covers both runtimes. A class not listed here is used as written.
     */
    static final Map<String, String> SELF_MANAGED_CLASSES = Map.of(
            "S3_SINK", "io.confluent.connect.s3.S3SinkConnector",
            "PostgresCdcSourceV2", "io.debezium.connector.postgresql.PostgresConnector",
            "MySqlCdcSourceV2", "io.debezium.connector.mysql.MySqlConnector",
            "SnowflakeSink", "com.snowflake.kafka.connector.SnowflakeSinkConnector",
            "HttpSinkV2", "io.confluent.connect.http.HttpSinkConnector");

    private Naming() {
    }

    public static String deadLetterQueueTopic(DepartmentOnboarding department, Connector connector) {
        return department.prefix() + ".dlq." + connector.name();
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

    public static String selfManagedClass(String connectorClass) {
        return SELF_MANAGED_CLASSES.getOrDefault(connectorClass, connectorClass);
    }

    /** The worker-side reference to a secret, resolved by the AWS Secrets Manager config provider at runtime. */
    public static String selfManagedSecretPlaceholder(String secretId, String key) {
        return "${secretsmanager:" + secretId + ":" + key + "}";
    }
}
