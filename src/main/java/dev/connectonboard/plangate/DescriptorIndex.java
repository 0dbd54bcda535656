package dev.connectonboard.plangate;

import dev.connectonboard.descriptor.Loaded;
import dev.connectonboard.descriptor.Location;
import dev.connectonboard.descriptor.model.Connector;
import dev.connectonboard.descriptor.model.DepartmentOnboarding;
import dev.connectonboard.descriptor.model.PrivateLinkEndpoint;
import dev.connectonboard.descriptor.model.Topic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Traces resource changes to the descriptor entries that cause them, by the names the modules key their resources
 * with: topic names, connector names, the DLQ topic {@code <prefix>.dlq.<connector>}, the Connect internal topics
 * {@code <prefix>.connect-*}, IAM role and Private Link endpoint names. Something no longer declared is traced to
 * the list it was removed from. For a department without a descriptor every trace has no source.
 */
final class DescriptorIndex {
    /** The DLQ topic is {@code <prefix>.dlq.<connector>} (generate.Naming, modules/department). */
    private static final String DLQ_INFIX = ".dlq.";
    /** modules/department names the self-managed workers' internal topics {@code <prefix>.connect-<purpose>}. */
    private static final String INTERNAL_TOPIC_INFIX = ".connect-";

    private final Loaded<DepartmentOnboarding> loaded;
    private final String prefix;
    private final Map<String, Integer> topics;
    private final Map<String, Integer> connectors;
    private final Map<String, Integer> iamRoles;
    private final Map<String, Integer> endpoints;

    /** @param loaded the department's descriptor, or null when the department was removed */
    DescriptorIndex(Loaded<DepartmentOnboarding> loaded, String prefix) {
        this.loaded = loaded;
        this.prefix = prefix;
        DepartmentOnboarding d = loaded == null ? null : loaded.value();
        this.topics = d == null ? Map.of() : positions(d.topics(), Topic::name);
        this.connectors = d == null ? Map.of() : positions(d.connectors(), Connector::name);
        this.iamRoles = d == null ? Map.of() : positions(d.iamRoles(), r -> r.name());
        this.endpoints = d == null ? Map.of() : positions(d.privateLinkEgress(), PrivateLinkEndpoint::name);
    }

    /** The descriptor file; null when the department was removed. */
    java.nio.file.Path descriptorFile() {
        return loaded == null ? null : loaded.file();
    }

    boolean removed() {
        return loaded == null;
    }

    Trace trace(ResourceChange change, ResourceKind kind) {
        return switch (kind) {
            case TOPIC -> topic(change);
            case CONNECTOR -> connector(change);
            default -> other(change);
        };
    }

    private Trace topic(ResourceChange change) {
        String name = firstNonNull(change.value("topic_name"), change.ownKey(), change.address());
        String dlqPrefix = prefix == null ? null : prefix + DLQ_INFIX;
        if (dlqPrefix != null && name.startsWith(dlqPrefix) || "dlq".equals(change.name())) {
            String connector = dlqPrefix != null && name.startsWith(dlqPrefix) ? name.substring(dlqPrefix.length())
                    : null;
            String label = "DLQ topic " + name;
            Integer at = connector == null ? null : connectors.get(connector);
            if (removed()) {
                return new Trace(new Subject(label, "topic", name, "the department is removed"), null);
            }
            if (at == null) {
                return new Trace(new Subject(label, "topic", name, connector == null ? "a dead letter queue"
                        : "its connector " + connector + " is no longer declared (removed or renamed)"),
                        at("/connectors", "/department"));
            }
            Connector declared = loaded.value().connectors().get(at);
            String note = declared.errors().deadLetterQueue() ? "dead letter queue of connector " + connector
                    : "connector " + connector + " no longer asks for a dead letter queue";
            return new Trace(new Subject(label, "topic", name, note),
                    at("/connectors/" + at + "/errors/deadLetterQueue", "/connectors"));
        }
        boolean internal = prefix != null && name.startsWith(prefix + INTERNAL_TOPIC_INFIX)
                || "connect_internal".equals(change.name());
        if (internal) {
            String label = "Connect internal topic " + name;
            if (removed()) {
                return new Trace(new Subject(label, "topic", name, "the department is removed"), null);
            }
            return new Trace(new Subject(label, "topic", name, "internal topic of the self-managed Connect workers "
                    + "(offsets, configs or status)"), at("/connect/runtime", "/connect"));
        }
        String label = "topic " + name;
        if (removed()) {
            return new Trace(new Subject(label, "topic", name, "the department is removed"), null);
        }
        Integer at = topics.get(name);
        if (at == null) {
            return new Trace(new Subject(label, "topic", name, undeclared(change, "topics")), at("/topics",
                    "/department"));
        }
        return new Trace(new Subject(label, "topic", name, null), at("/topics/" + at, "/topics"));
    }

    private Trace connector(ResourceChange change) {
        String name = firstNonNull(change.value("config_nonsensitive", "name"), change.value("name"), change.ownKey(),
                change.address());
        String label = "connector " + name;
        if (removed()) {
            return new Trace(new Subject(label, "connector", name, "the department is removed"), null);
        }
        Integer at = connectors.get(name);
        if (at == null) {
            return new Trace(new Subject(label, "connector", name, undeclared(change, "connectors")),
                    at("/connectors", "/department"));
        }
        return new Trace(new Subject(label, "connector", name, null), at("/connectors/" + at, "/connectors"));
    }

    /** Access and other resources: traced by the first of their keys and names that the descriptor declares. */
    private Trace other(ResourceChange change) {
        String label = AccessLabels.of(change);
        if (removed()) {
            return new Trace(new Subject(label, null, null, "the department is removed"), null);
        }
        List<String> candidates = new ArrayList<>(change.keys());
        for (String attribute : List.of("resource_name", "topic_name", "name", "display_name")) {
            String value = change.value(attribute);
            if (value != null) {
                candidates.add(value);
            }
        }
        for (String candidate : candidates) {
            Integer at;
            if ((at = connectors.get(candidate)) != null) {
                return new Trace(new Subject(label, null, null, "for connector " + candidate),
                        at("/connectors/" + at, "/connectors"));
            }
            if ((at = topics.get(candidate)) != null) {
                return new Trace(new Subject(label, null, null, "for topic " + candidate), at("/topics/" + at,
                        "/topics"));
            }
            if (prefix != null && candidate.startsWith(prefix + DLQ_INFIX)
                    && (at = connectors.get(candidate.substring(prefix.length() + DLQ_INFIX.length()))) != null) {
                return new Trace(new Subject(label, null, null, "for the dead letter queue of connector "
                        + candidate.substring(prefix.length() + DLQ_INFIX.length())), at("/connectors/" + at + "/errors", "/connectors"));
            }
            String role = prefix != null && candidate.startsWith(prefix + "-")
                    ? candidate.substring(prefix.length() + 1) : candidate;
            if ((at = iamRoles.get(candidate)) != null || (at = iamRoles.get(role)) != null) {
                return new Trace(new Subject(label, null, null, "for IAM role " + loaded.value().iamRoles().get(at)
                        .name()), at("/iamRoles/" + at, "/iamRoles"));
            }
            if ((at = endpoints.get(candidate)) != null) {
                return new Trace(new Subject(label, null, null, "for Private Link endpoint " + candidate),
                        at("/privateLinkEgress/" + at, "/privateLinkEgress"));
            }
        }
        String module = change.moduleAddress();
        if (module.contains("module.connect_cluster") || module.contains("module.kafka_credentials_secret")) {
            return new Trace(new Subject(label, null, null, "self-managed Connect workers"),
                    at("/connect/selfManaged", "/connect"));
        }
        if (module.contains("module.aws_connector_role") || module.contains("module.provider_integration")) {
            return new Trace(new Subject(label, null, null, "no longer declared under iamRoles"),
                    at("/iamRoles", "/department"));
        }
        if (module.contains("module.private_link_egress") || module.contains("module.aws_endpoint_service_principal")) {
            return new Trace(new Subject(label, null, null, "no longer declared under privateLinkEgress"),
                    at("/privateLinkEgress", "/department"));
        }
        return new Trace(new Subject(label, null, null, "the department's identities and access"),
                at("/department", "/department"));
    }

    /** Why something the descriptor does not declare changes: it was removed, or it is not the descriptor's. */
    private static String undeclared(ResourceChange change, String list) {
        return change.action().destroys() || change.action() == PlanAction.FORGET
                ? "no longer declared under " + list + " (removed or renamed)"
                : "not declared under " + list;
    }

    /** The descriptor location of the pointer; the fallback pointer when the descriptor does not have it. */
    private Source at(String pointer, String fallback) {
        Location location = loaded.locate(pointer);
        if (location.equals(Location.START)) {
            location = loaded.locate(fallback);
        }
        return new Source(loaded.file(), location.line(), location.column());
    }

    /** Where the department itself is declared, for findings about the department as a whole. */
    Source departmentSource() {
        return removed() ? null : at("/department/name", "/department");
    }

    private static <T> Map<String, Integer> positions(List<T> items, Function<T, String> name) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            positions.putIfAbsent(name.apply(items.get(i)), i);
        }
        return positions;
    }

    private static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
