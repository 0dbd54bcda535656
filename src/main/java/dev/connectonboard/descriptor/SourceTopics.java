package dev.connectonboard.descriptor;

import dev.connectonboard.descriptor.model.Connector;
import dev.connectonboard.descriptor.model.ConnectorDirection;
import dev.connectonboard.descriptor.model.DepartmentOnboarding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The topics a source connector writes, worked out from its config where the connector's own naming rule is known,
 * so they can be declared and created by Terraform (partitions, retention, cleanup) instead of appearing on first
 * write with the cluster's defaults.
 *
 * <p>Debezium-based CDC sources write one topic per captured table: {@code <topic.prefix>.<schema>.<table>} for
 * PostgreSQL, {@code <topic.prefix>.<database>.<table>} for MySQL and MariaDB (a {@code table.include.list} entry is
 * {@code schema.table} or {@code database.table}, so the topic is {@code <topic.prefix>.<entry>}), and
 * {@code <topic.prefix>.<database>.<schema>.<table>} for SQL Server V2; the V1 connectors use
 * {@code database.server.name} instead of {@code topic.prefix} ("Topics created automatically ... naming convention
 * &lt;topic.prefix&gt;.&lt;schemaName&gt;.&lt;tableName&gt;", docs.confluent.io/cloud/current/connectors, each
 * connector's page). Sources with a single {@code kafka.topic} (Datagen, HTTP source, ...) write that topic.
 * Debezium's auxiliary topics (heartbeats, transaction metadata, schema changes) are not derived: those features are
 * off by default, and a connector that turns them on needs {@code createsTopics}.
 */
public final class SourceTopics {
    /** Where a CDC class takes its topic prefix from, and whether its topics also name the database. */
    private record CdcNaming(String prefixKey, boolean databaseInTopic) {
    }

    private static final Map<String, CdcNaming> CDC = Map.of(
            "PostgresCdcSourceV2", new CdcNaming("topic.prefix", false),
            "MySqlCdcSourceV2", new CdcNaming("topic.prefix", false),
            "MariaDbCdcSource", new CdcNaming("topic.prefix", false),
            "SqlServerCdcSourceV2", new CdcNaming("topic.prefix", true),
            "PostgresCdcSource", new CdcNaming("database.server.name", false),
            "MySqlCdcSource", new CdcNaming("database.server.name", false),
            "SqlServerCdcSource", new CdcNaming("database.server.name", false));

    /** A table list entry Debezium reads literally: identifiers joined by dots, nothing a regular expression adds. */
    private static final Pattern LITERAL_TABLE = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)+");

    /**
     * What is known of a source connector's topics.
     *
     * @param topics      the topics it writes, in order; empty when they cannot be worked out
     * @param rule        how they were worked out, for messages ("topic.prefix + table.include.list")
     * @param unknownWhy  why they cannot be worked out although the connector is CDC; null otherwise
     * @param createScope the prefix under which the connector would create topics itself ({@code topic.prefix.})
     */
    public record Derived(List<String> topics, String rule, String unknownWhy, String createScope) {
        public boolean known() {
            return !topics.isEmpty();
        }
    }

    private SourceTopics() {
    }

    /**
     * One line per source connector of a valid descriptor, for {@code validate}: the topics it writes and who creates
     * them, e.g. {@code finance.yaml:30: fin-payments-pg-cdc-source (PostgresCdcSourceV2) writes
     * fin.payments.public.payments, fin.payments.public.refunds (topic.prefix + table.include.list), created by
     * Terraform}.
     */
    public static List<String> describe(Loaded<DepartmentOnboarding> loaded) {
        List<String> lines = new ArrayList<>();
        List<Connector> connectors = loaded.value().connectors();
        for (int i = 0; i < connectors.size(); i++) {
            Connector connector = connectors.get(i);
            if (connector.effectiveDirection() != ConnectorDirection.SOURCE) {
                continue;
            }
            Derived derived = of(connector).orElse(null);
            String what;
            if (connector.createsTopics()) {
                what = "creates its own topics under " + createScope(connector, loaded.value().prefix())
                        + " (not managed by Terraform)";
            } else if (derived != null && derived.known()) {
                what = "writes " + String.join(", ", derived.topics()) + " (" + derived.rule()
                        + "), created by Terraform";
            } else {
                what = "writes " + String.join(", ", connector.topics()) + " (as declared), created by Terraform";
            }
            lines.add(loaded.cite("/connectors/" + i + "/name") + ": " + connector.name() + " ("
                    + connector.connectorClass() + ") " + what);
        }
        return lines;
    }

    /**
     * Where a source connector creates topics when the descriptor lets it (createsTopics): under its topic prefix
     * plus a dot, else under the department's prefix plus a dot.
     */
    public static String createScope(Connector connector, String departmentPrefix) {
        return of(connector).map(Derived::createScope).orElse(departmentPrefix + ".");
    }

    /** Empty for sinks and for sources whose naming is not known (their declared topics are taken as written). */
    public static Optional<Derived> of(Connector connector) {
        if (connector.effectiveDirection() != ConnectorDirection.SOURCE) {
            return Optional.empty();
        }
        Map<String, String> config = connector.config();
        CdcNaming cdc = CDC.get(connector.connectorClass());
        if (cdc != null) {
            return Optional.of(cdc(cdc, config));
        }
        String single = config.get("kafka.topic");
        if (single != null && !single.isBlank()) {
            return Optional.of(new Derived(List.of(single.strip()), "kafka.topic", null, null));
        }
        return Optional.empty();
    }

    private static Derived cdc(CdcNaming naming, Map<String, String> config) {
        String prefix = config.get(naming.prefixKey());
        String scope = prefix == null || prefix.isBlank() ? null : prefix.strip() + ".";
        String rule = naming.prefixKey() + (naming.databaseInTopic() ? " + database.names" : "")
                + " + table.include.list";
        if (scope == null) {
            return new Derived(List.of(), rule, "it has no " + naming.prefixKey(), null);
        }
        String tables = config.get("table.include.list");
        if (tables == null || tables.isBlank()) {
            return new Derived(List.of(), rule, "it has no table.include.list, so it captures every table", scope);
        }
        String database = "";
        if (naming.databaseInTopic()) {
            String databases = config.getOrDefault("database.names", "").strip();
            if (databases.isEmpty() || databases.contains(",")) {
                return new Derived(List.of(), rule, "its topics name the database, and database.names must then "
                        + "list exactly one", scope);
            }
            database = databases + ".";
        }
        List<String> topics = new ArrayList<>();
        for (String raw : tables.split(",")) {
            String table = raw.strip();
            if (!LITERAL_TABLE.matcher(table).matches()) {
                return new Derived(List.of(), rule, "table.include.list entry '" + table + "' is a pattern (or not "
                        + "schema.table), so the tables it matches are known only to the database", scope);
            }
            String topic = scope + database + table;
            if (!topics.contains(topic)) {
                topics.add(topic);
            }
        }
        return new Derived(List.copyOf(topics), rule, null, scope);
    }
}
