package dev.connectonboard.confluent;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Turns the lenient wire shapes into the client's public records. */
final class WireMapping {
    /** Confluent masks secret config values as a run of asterisks; they carry nothing and are dropped. */
    private static final Pattern MASKED = Pattern.compile("\\*+");

    private WireMapping() {
    }

    static LiveConnector liveConnector(String name, Wire.Expansion entry) {
        Wire.Info info = entry.info();
        Wire.Status status = entry.status();
        Map<String, String> config = info == null ? Map.of() : config(info.config());
        Wire.ConnectorState state = status == null ? null : status.connector();
        return new LiveConnector(
                entry.id() == null ? null : entry.id().id(),
                name,
                config.get("connector.class"),
                wholeNumber(config.get("tasks.max")),
                firstPresent(info == null ? null : info.type(), status == null ? null : status.type()),
                state == null ? null : state.state(),
                state == null ? null : emptyToNull(state.trace()),
                status == null ? List.of() : tasks(status.tasks()),
                config);
    }

    static Map<String, ConnectorDefinition> definitions(Map<String, Wire.Expansion> expansions) {
        Map<String, ConnectorDefinition> definitions = new LinkedHashMap<>();
        new TreeMap<>(expansions).forEach((name, entry) -> {
            Map<String, String> config = new TreeMap<>();
            java.util.Set<String> masked = new java.util.TreeSet<>();
            Wire.Info info = entry == null ? null : entry.info();
            if (info != null && info.config() != null) {
                info.config().forEach((key, value) -> {
                    if (value != null && !value.isNull() && !value.isContainerNode()) {
                        if (MASKED.matcher(value.asText()).matches()) {
                            masked.add(key);
                        } else {
                            config.put(key, value.asText());
                        }
                    }
                });
            }
            Wire.Status status = entry == null ? null : entry.status();
            String state = status == null || status.connector() == null ? null : status.connector().state();
            definitions.put(name, new ConnectorDefinition(name, state, config, masked));
        });
        return definitions;
    }

    static ConnectorStatus connectorStatus(Wire.Status status) {
        Wire.ConnectorState connector = status.connector();
        return new ConnectorStatus(status.name(), status.type(),
                connector == null ? null : connector.state(),
                connector == null ? null : connector.workerId(),
                connector == null ? null : emptyToNull(connector.trace()),
                tasks(status.tasks()),
                emptyToNull(status.errorSummary()),
                emptyToNull(status.overrideMessage()),
                status.validationErrors() == null ? List.of() : status.validationErrors(),
                status.errorsFromTrace() == null ? List.of() : status.errorsFromTrace());
    }

    static AppliedQuota appliedQuota(Wire.Quota quota) {
        return new AppliedQuota(quota.id(), quota.scope(), quota.displayName(),
                quota.defaultLimit() == null ? quota.appliedLimit() : quota.defaultLimit(),
                quota.appliedLimit(), quota.usage(), idOf(quota.organization()), idOf(quota.environment()),
                idOf(quota.kafkaCluster()), idOf(quota.user()));
    }

    static ServiceAccount serviceAccount(Wire.Account account) {
        return new ServiceAccount(account.id(), account.displayName(), account.description());
    }

    private static Map<String, String> config(Map<String, JsonNode> raw) {
        Map<String, String> config = new TreeMap<>();
        if (raw != null) {
            raw.forEach((key, value) -> {
                if (value != null && !value.isNull() && !value.isContainerNode()) {
                    String text = value.asText();
                    if (!MASKED.matcher(text).matches()) {
                        config.put(key, text);
                    }
                }
            });
        }
        return config;
    }

    private static List<TaskState> tasks(List<Wire.Task> tasks) {
        List<TaskState> result = new ArrayList<>();
        if (tasks != null) {
            for (Wire.Task task : tasks) {
                if (task != null) {
                    result.add(new TaskState(task.id() == null ? result.size() : task.id(), task.state(),
                            emptyToNull(task.msg()), emptyToNull(task.trace())));
                }
            }
        }
        return result;
    }

    static Map<String, LiveConnector> liveConnectors(Map<String, Wire.Expansion> expansions) {
        Map<String, LiveConnector> connectors = new LinkedHashMap<>();
        new TreeMap<>(expansions).forEach((name, entry) ->
                connectors.put(name, liveConnector(name, entry == null ? new Wire.Expansion(null, null, null) : entry)));
        return connectors;
    }

    private static Integer wholeNumber(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static String idOf(Wire.Ref ref) {
        return ref == null ? null : ref.id();
    }

    private static String firstPresent(String first, String second) {
        return first != null ? first : second;
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
