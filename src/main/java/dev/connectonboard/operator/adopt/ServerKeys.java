package dev.connectonboard.operator.adopt;

import java.util.Set;

/**
 * Connector config keys a live connector has that no descriptor writes: what Confluent Cloud fills in itself, and
 * what connect-onboard sets from other fields. The one place this list lives.
 *
 * <p>Confluent Cloud adds to every managed connector's config, and returns in {@code GET
 * /connect/v1/environments/{env}/clusters/{lkc}/connectors?expand=info} ("Read a connector's configuration" in the
 * Confluent Cloud Connect API reference, docs.confluent.io/cloud/current/api.html#tag/Connectors-(connectv1)):
 * {@code cloud.environment}, {@code cloud.provider}, {@code kafka.endpoint}, {@code kafka.region}, the Kafka
 * credentials it was created with ({@code kafka.auth.mode}, {@code kafka.api.key}/{@code kafka.api.secret} masked,
 * or {@code kafka.service.account.id}), {@code name} and {@code connector.class} (the shapes in
 * src/test/resources/confluent-api are copied from such answers). The rest are keys connect-onboard derives from
 * descriptor fields (descriptor/DepartmentRules.RESERVED_CONFIG refuses them in {@code config}).
 */
final class ServerKeys {
    /** Filled in by Confluent Cloud, or standing for the Kafka credentials the department module replaces. */
    static final Set<String> CONFLUENT_FILLS_IN = Set.of(
            "cloud.environment", "cloud.provider", "kafka.endpoint", "kafka.region", "kafka.dedicated",
            "kafka.auth.mode", "kafka.api.key", "kafka.api.secret", "kafka.service.account.id", "name", "id");

    /** Written from descriptor fields: class, tasks, topics, errors, iamRole. */
    static final Set<String> FROM_FIELDS = Set.of(
            "connector.class", "tasks.max", "topics", "errors.tolerance", "errors.deadletterqueue.topic.name",
            "provider.integration.id", "authentication.method");

    private ServerKeys() {
    }

    static boolean dropped(String key) {
        return CONFLUENT_FILLS_IN.contains(key) || FROM_FIELDS.contains(key);
    }
}
