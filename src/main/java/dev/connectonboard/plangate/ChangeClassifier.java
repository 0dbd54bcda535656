package dev.connectonboard.plangate;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * Classifies one resource change by its effect ({@link Effect}) and words it for people. Values shown (replacement
 * causes) come only through {@link ResourceChange#value}, so nothing the plan marks sensitive is ever shown; for
 * in-place updates only attribute names are listed.
 */
final class ChangeClassifier {
    private static final int MAX_LISTED = 8;

    private ChangeClassifier() {
    }

    /** The finding, not yet matched against acknowledgements; null for no-ops and reads. */
    static Finding classify(ResourceChange change, DescriptorIndex index) {
        ResourceKind kind = ResourceKind.of(change.type());
        Effect effect = effect(change, kind);
        if (effect == null) {
            return null;
        }
        Trace trace = index.trace(change, kind);
        Subject subject = trace.subject();
        StringBuilder message = new StringBuilder(subject.label()).append(' ').append(verb(change.action()));
        String consequence = consequence(change, effect, kind);
        if (consequence != null) {
            message.append(": ").append(consequence);
        }
        List<String> causes = new ArrayList<>();
        if (subject.note() != null) {
            causes.add(subject.note());
        }
        if (change.action() == PlanAction.REPLACE || change.action() == PlanAction.CREATE_THEN_FORGET) {
            String forcedBy = forcedBy(change);
            if (forcedBy != null) {
                causes.add(forcedBy);
            }
        }
        if (change.action() == PlanAction.UPDATE) {
            String updated = updatedAttributes(change);
            if (updated != null) {
                causes.add(updated);
            }
        }
        if (change.deposed() != null) {
            causes.add("a deposed object left by an earlier failed replacement");
        }
        if (!causes.isEmpty()) {
            message.append(" (").append(String.join("; ", causes)).append(')');
        }
        boolean needs = effect.needsAcknowledgement();
        return new Finding(change.address(), change.type(), change.action(), effect, subject, trace.source(),
                message.toString(), null, needs ? Fixes.forChange(change.action(), subject, index) : null,
                needs ? Fixes.entry(change.action(), subject, index) : null);
    }

    static Effect effect(ResourceChange change, ResourceKind kind) {
        return switch (change.action()) {
            case NO_OP, READ -> null;
            case FORGET, CREATE_THEN_FORGET -> Effect.RELEASES;
            case CREATE -> Effect.ADDS;
            case UPDATE -> kind == ResourceKind.CONNECTOR && moreTasks(change) ? Effect.ADDS : Effect.UPDATES;
            case DELETE, REPLACE -> switch (kind) {
                case TOPIC -> Effect.DESTROYS_DATA;
                case CONNECTOR -> Effect.RESETS_CONNECTORS;
                case ACCESS -> Effect.CHANGES_ACCESS;
                case OTHER -> Effect.UPDATES;
            };
        };
    }

    private static boolean moreTasks(ResourceChange change) {
        try {
            String before = tasks(change, true);
            String after = tasks(change, false);
            return before != null && after != null && Integer.parseInt(after) > Integer.parseInt(before);
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    /** tasks.max of a managed ({@code config_nonsensitive}) or self-managed ({@code config}) connector. */
    private static String tasks(ResourceChange change, boolean before) {
        for (String map : new String[] {"config_nonsensitive", "config"}) {
            String value = before ? change.valueBefore(map, "tasks.max") : change.valueAfter(map, "tasks.max");
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String verb(PlanAction action) {
        return switch (action) {
            case CREATE -> "is created";
            case UPDATE -> "is updated in place";
            case DELETE -> "is deleted";
            case REPLACE -> "is replaced (destroyed and created again)";
            case FORGET -> "is released from Terraform state and left in place";
            case CREATE_THEN_FORGET -> "is created anew while the old object is left in place, no longer managed";
            case NO_OP, READ -> "is unchanged";
        };
    }

    private static String consequence(ResourceChange change, Effect effect, ResourceKind kind) {
        return switch (effect) {
            case DESTROYS_DATA -> "destroys data, every record in it is lost";
            case RESETS_CONNECTORS -> "resets the connector, its offsets and consumer group are lost (a sink "
                    + "re-reads its topics from the start, a CDC source takes a new snapshot)";
            case CHANGES_ACCESS -> change.action() == PlanAction.DELETE
                    ? "changes access, whatever relies on it loses that access"
                    : change.type().equals("confluent_api_key")
                    ? "changes access, the key is rotated: anything still using the old key fails until it has the "
                    + "new one"
                    : "changes access, it comes back with a new id and connectors relying on it may fail in between";
            case ADDS -> kind == ResourceKind.CONNECTOR && change.action() == PlanAction.UPDATE
                    ? "adds tasks (tasks.max " + tasks(change, true) + " -> " + tasks(change, false) + ")" : null;
            case RELEASES -> change.action() == PlanAction.FORGET ? "nothing is destroyed" : null;
            case UPDATES -> change.action().destroys() ? "loses no data or access" : null;
        };
    }

    /** "forced by partitions_count 12 -> 6": the attributes Terraform names in replace_paths, values when safe. */
    private static String forcedBy(ResourceChange change) {
        if (change.replacePaths().isEmpty()) {
            return change.actionReason() == null ? null : reason(change.actionReason());
        }
        List<String> parts = new ArrayList<>();
        for (String path : change.replacePaths()) {
            String[] steps = path.split("\\.");
            String before = change.valueBefore(steps);
            String after = change.valueAfter(steps);
            parts.add(Printable.of(path) + (before != null && after != null
                    ? " " + Printable.of(before) + " -> " + Printable.of(after) : ""));
        }
        return "forced by " + String.join(", ", limit(parts));
    }

    private static String reason(String actionReason) {
        return switch (actionReason) {
            case "replace_because_tainted" -> "the object is tainted";
            case "replace_by_request" -> "replacement was requested (-replace)";
            case "replace_by_triggers" -> "replace_triggered_by";
            default -> null;
        };
    }

    /** The names of the top-level attributes (and connector config keys) an in-place update changes. */
    private static String updatedAttributes(ResourceChange change) {
        JsonNode before = change.before();
        JsonNode after = change.after();
        if (before == null || after == null || !before.isObject() || !after.isObject()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = after.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            JsonNode was = before.get(field);
            JsonNode now = after.get(field);
            if (now.isNull() || Objects.equals(was, now)) {
                continue;
            }
            if (field.equals("config_nonsensitive") && was != null && was.isObject() && now.isObject()
                    && !marked(change.beforeSensitive(), field) && !marked(change.afterSensitive(), field)) {
                changedKeys(was, now).forEach(key -> names.add(field + "." + key));
            } else {
                names.add(field);
            }
        }
        return names.isEmpty() ? null : "changes " + String.join(", ", limit(names.stream().map(Printable::of)
                .toList()));
    }

    /** A map's keys are listed only when the map as a whole is not marked sensitive. */
    private static boolean marked(JsonNode sensitivity, String field) {
        if (sensitivity == null || sensitivity.isBoolean()) {
            return sensitivity != null && sensitivity.asBoolean();
        }
        JsonNode mark = sensitivity.get(field);
        return mark != null && mark.isBoolean() && mark.asBoolean();
    }

    private static List<String> changedKeys(JsonNode was, JsonNode now) {
        List<String> keys = new ArrayList<>();
        now.fieldNames().forEachRemaining(key -> {
            if (!Objects.equals(was.get(key), now.get(key))) {
                keys.add(key);
            }
        });
        was.fieldNames().forEachRemaining(key -> {
            if (!now.has(key)) {
                keys.add(key);
            }
        });
        return keys;
    }

    private static List<String> limit(List<String> items) {
        if (items.size() <= MAX_LISTED) {
            return items;
        }
        List<String> shown = new ArrayList<>(items.subList(0, MAX_LISTED));
        shown.add("and " + (items.size() - MAX_LISTED) + " more");
        return shown;
    }
}
