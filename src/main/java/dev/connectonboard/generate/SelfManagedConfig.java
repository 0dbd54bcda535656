package dev.connectonboard.generate;

import dev.connectonboard.descriptor.catalog.ConnectorCatalog;
import dev.connectonboard.descriptor.model.Connector;
import dev.connectonboard.descriptor.model.ConnectorDirection;
import dev.connectonboard.descriptor.model.DepartmentOnboarding;
import dev.connectonboard.descriptor.model.ErrorTolerance;
import dev.connectonboard.descriptor.model.Platform;
import dev.connectonboard.descriptor.model.Topic;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * The complete config of a self-managed connector: what the workers need besides what the descriptor says. Values
 * the descriptor sets win where it may set them (converters, topic creation, class-specific defaults); secrets become
 * {@code ${secretsmanager:<secret-id>:<key>}} references the workers' config provider resolves, never values.
 *
 * <p>Sources: Kafka Connect's worker and connector configs (KIP-158 topic.creation.*, KIP-298 errors.*), Confluent's
 * S3 sink ({@code s3.credentials.provider.*} of {@code AwsAssumeRoleCredentialsProvider}), Debezium's MySQL
 * connector ({@code database.server.id}, {@code schema.history.internal.*} with its own Kafka clients).
 */
final class SelfManagedConfig {
    static final String S3_SINK = "io.confluent.connect.s3.S3SinkConnector";
    static final String DEBEZIUM_MYSQL = "io.debezium.connector.mysql.MySqlConnector";
    private static final String JSON_CONVERTER = "org.apache.kafka.connect.json.JsonConverter";
    private static final String REPLICATION = "3";

    /** The config as literal strings, and the keys whose value is the Kafka bootstrap address (known in Terraform). */
    record Result(Map<String, String> config, List<String> bootstrapKeys) {
    }

    private SelfManagedConfig() {
    }

    static Result of(Platform platform, DepartmentOnboarding department, Connector connector) {
        String javaClass = ConnectorCatalog.shared().javaClass(connector.connectorClass());
        boolean sink = connector.effectiveDirection() == ConnectorDirection.SINK;
        Map<String, String> config = new TreeMap<>();
        // Overridable defaults first; the descriptor's config, then what connect-onboard owns, on top.
        config.put("key.converter", JSON_CONVERTER);
        config.put("key.converter.schemas.enable", "false");
        config.put("value.converter", JSON_CONVERTER);
        // Sinks read plain JSON; sources keep the schema with each record, so nothing is lost downstream.
        config.put("value.converter.schemas.enable", sink ? "false" : "true");
        if (!sink) {
            config.put("topic.creation.default.replication.factor", REPLICATION);
            config.put("topic.creation.default.partitions", Integer.toString(partitions(department, connector)));
        }
        if (javaClass.equals(S3_SINK)) {
            config.put("s3.region", platform.aws().region());
            config.put("storage.class", "io.confluent.connect.s3.storage.S3Storage");
            config.put("format.class", "io.confluent.connect.s3.format.json.JsonFormat");
        }
        if (javaClass.equals(DEBEZIUM_MYSQL)) {
            config.put("database.server.id", Long.toString(serverId(department, connector)));
        }
        config.putAll(connector.config());

        config.put("connector.class", javaClass);
        config.put("tasks.max", Integer.toString(connector.tasks()));
        if (sink) {
            config.put("topics", String.join(",", connector.topics()));
        }
        config.put("errors.tolerance", connector.errors().tolerance() == ErrorTolerance.ALL ? "all" : "none");
        // Failures are logged without the records themselves: they may hold personal data.
        config.put("errors.log.enable", "true");
        config.put("errors.log.include.messages", "false");
        if (connector.errors().deadLetterQueue()) {
            config.put("errors.deadletterqueue.topic.name", Naming.deadLetterQueueTopic(department, connector));
            config.put("errors.deadletterqueue.topic.replication.factor", REPLICATION);
            config.put("errors.deadletterqueue.context.headers.enable", "true");
        }
        connector.secrets().forEach((key, ref) -> config.put(key, Naming.selfManagedSecretPlaceholder(
                ref.awsSecretsManager().secretId(), ref.awsSecretsManager().key())));
        if (javaClass.equals(S3_SINK) && connector.iamRole() != null) {
            // The connector assumes the department's role with the workers' task role (which may assume exactly it).
            config.put("s3.credentials.provider.class", "io.confluent.connect.s3.auth.AwsAssumeRoleCredentialsProvider");
            config.put("s3.credentials.provider.sts.role.arn", "arn:aws:iam::" + platform.aws().accountId() + ":role/"
                    + department.prefix() + "-" + connector.iamRole());
            config.put("s3.credentials.provider.sts.role.session.name", connector.name());
        }
        List<String> bootstrapKeys = List.of();
        if (javaClass.equals(DEBEZIUM_MYSQL)) {
            schemaHistory(department, connector, config);
            bootstrapKeys = List.of("schema.history.internal.kafka.bootstrap.servers");
        }
        return new Result(config, bootstrapKeys);
    }

    /**
     * Debezium keeps the captured tables' schemas in a topic of its own, through Kafka clients it opens itself: they
     * authenticate as the workers do, with the workers' Kafka credentials read through the config provider.
     */
    private static void schemaHistory(DepartmentOnboarding department, Connector connector, Map<String, String> config) {
        config.put("schema.history.internal.kafka.topic", Naming.schemaHistoryTopic(department, connector));
        // KafkaSchemaHistory passes schema.history.internal.consumer.* to its consumer, group.id included.
        config.put("schema.history.internal.consumer.group.id", Naming.schemaHistoryGroup(connector));
        String jaas = Naming.selfManagedSecretPlaceholder(Naming.workerKafkaCredentialsSecret(department),
                "sasl_jaas_config");
        for (String client : List.of("producer", "consumer")) {
            String prefix = "schema.history.internal." + client + ".";
            config.put(prefix + "security.protocol", "SASL_SSL");
            config.put(prefix + "sasl.mechanism", "PLAIN");
            config.put(prefix + "sasl.jaas.config", jaas);
        }
    }

    /** Whether the connector keeps a Debezium schema history topic (historized connectors: MySQL here). */
    static boolean keepsSchemaHistory(Connector connector) {
        return ConnectorCatalog.shared().javaClass(connector.connectorClass()).equals(DEBEZIUM_MYSQL);
    }

    /** Topics a source creates get the partitions of the largest topic it declares (1 when it declares none). */
    private static int partitions(DepartmentOnboarding department, Connector connector) {
        return department.topics().stream().filter(t -> connector.topics().contains(t.name()))
                .mapToInt(Topic::partitions).max().orElse(1);
    }

    /**
     * MySQL needs a server id unique among everything replicating from the database: a stable number from the
     * department and connector names (set database.server.id in config when the database team assigns one).
     */
    static long serverId(DepartmentOnboarding department, Connector connector) {
        CRC32 crc = new CRC32();
        crc.update((department.prefix() + "/" + connector.name()).getBytes(StandardCharsets.UTF_8));
        return 100_000L + crc.getValue() % 4_000_000_000L;
    }
}
