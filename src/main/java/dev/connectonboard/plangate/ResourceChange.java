package dev.connectonboard.plangate;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * One entry of a plan's {@code resource_changes}: a managed resource instance and what Terraform will do to it.
 *
 * @param keys         the instance keys in the address, outermost module first: for
 *                     {@code module.department.module.topics.confluent_kafka_topic.department["fin.a"]} that is
 *                     {@code ["fin.a"]}; numeric indexes as decimal strings
 * @param replacePaths the attributes that force a replacement, each as a dotted path
 * @param deposed      the deposed object's key when the change concerns a deposed object, else null
 * @param afterUnknown which values of {@code after} are known only after apply (kept for comparing plans)
 */
public record ResourceChange(String address, String moduleAddress, String type, String name, List<String> keys,
                             PlanAction action, String actionReason, List<String> replacePaths, String deposed,
                             JsonNode before, JsonNode after, JsonNode beforeSensitive, JsonNode afterSensitive,
                             JsonNode afterUnknown) {

    public ResourceChange {
        keys = List.copyOf(keys);
        replacePaths = List.copyOf(replacePaths);
    }

    /** The non-sensitive scalar at the path after the change, else before it (a delete has no after). */
    public String value(String... path) {
        String after = valueAfter(path);
        return after != null ? after : valueBefore(path);
    }

    public String valueBefore(String... path) {
        return SafeValues.text(before, beforeSensitive, path);
    }

    public String valueAfter(String... path) {
        return SafeValues.text(after, afterSensitive, path);
    }

    /** The last instance key (the resource's own for_each key or count index), or null. */
    public String ownKey() {
        return keys.isEmpty() ? null : keys.get(keys.size() - 1);
    }
}
