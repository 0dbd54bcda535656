package dev.connectonboard.plangate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes plan JSON in the shape {@code terraform show -json} gives (format 1.2, as Terraform 1.11 writes it; see the
 * plans PlanGateTerraformTest makes with real Terraform), for the cases real Terraform cannot easily produce here.
 */
final class HandMadePlan {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String TOPICS = "module.department.module.topics";
    static final String CONNECTORS = "module.department.module.connectors[0]";
    static final String ACCOUNTS = "module.department.module.service_accounts";

    private final ObjectNode root = JSON.createObjectNode();
    private final ArrayNode changes;

    private HandMadePlan(String department, String platform) {
        root.put("format_version", "1.2");
        root.put("terraform_version", "1.11.4");
        ObjectNode planned = root.putObject("planned_values");
        ObjectNode marker = planned.putObject("outputs").putObject(PlanMarker.OUTPUT);
        marker.put("sensitive", false);
        marker.putObject("value").put("department", department).put("platform", platform);
        planned.putObject("root_module");
        changes = root.putArray("resource_changes");
    }

    static HandMadePlan of(String department) {
        return new HandMadePlan(department, "ebs-test");
    }

    static HandMadePlan of(String department, String platform) {
        return new HandMadePlan(department, platform);
    }

    ObjectNode root() {
        return root;
    }

    /** A change with explicit before/after (null for absent) and sensitivity marks (empty objects when null). */
    ObjectNode change(String module, String type, String name, String key, List<String> actions, JsonNode before,
                      JsonNode after) {
        ObjectNode entry = changes.addObject();
        String address = (module.isEmpty() ? "" : module + ".") + type + "." + name
                + (key == null ? "" : "[\"" + key + "\"]");
        entry.put("address", address);
        if (!module.isEmpty()) {
            entry.put("module_address", module);
        }
        entry.put("mode", "managed");
        entry.put("type", type);
        entry.put("name", name);
        if (key != null) {
            entry.put("index", key);
        }
        entry.put("provider_name", "registry.terraform.io/confluentinc/confluent");
        ObjectNode change = entry.putObject("change");
        ArrayNode actionList = change.putArray("actions");
        actions.forEach(actionList::add);
        change.set("before", before == null ? JSON.nullNode() : before);
        change.set("after", after == null ? JSON.nullNode() : after);
        change.putObject("after_unknown");
        change.set("before_sensitive", before == null ? JSON.getNodeFactory().booleanNode(false)
                : JSON.createObjectNode());
        change.set("after_sensitive", after == null ? JSON.getNodeFactory().booleanNode(false)
                : JSON.createObjectNode());
        return entry;
    }

    HandMadePlan topic(List<String> actions, String resource, String name, Integer partitionsBefore,
                       Integer partitionsAfter) {
        ObjectNode before = partitionsBefore == null ? null : topicValues(name, partitionsBefore);
        ObjectNode after = partitionsAfter == null ? null : topicValues(name, partitionsAfter);
        ObjectNode entry = change(TOPICS, "confluent_kafka_topic", resource, name, actions, before, after);
        if (actions.size() == 2) {
            ((ObjectNode) entry.get("change")).putArray("replace_paths").addArray().add("partitions_count");
        }
        return this;
    }

    HandMadePlan topic(String action, String name) {
        return topic(List.of(action), "department", name, action.equals("create") ? null : 6,
                action.equals("delete") ? null : 6);
    }

    HandMadePlan connector(List<String> actions, String name, Integer tasksBefore, Integer tasksAfter) {
        change(CONNECTORS, "confluent_connector", "this", name, actions,
                tasksBefore == null ? null : connectorValues(name, tasksBefore),
                tasksAfter == null ? null : connectorValues(name, tasksAfter));
        return this;
    }

    HandMadePlan connector(String action, String name) {
        return connector(List.of(action), name, action.equals("create") ? null : 1,
                action.equals("delete") ? null : 1);
    }

    HandMadePlan noOps(int count) {
        for (int i = 0; i < count; i++) {
            change(ACCOUNTS, "confluent_kafka_acl", "connectors", "acl-" + i, List.of("no-op"),
                    JSON.createObjectNode().put("resource_name", "x"), JSON.createObjectNode().put("resource_name",
                            "x"));
        }
        return this;
    }

    static ObjectNode topicValues(String name, int partitions) {
        ObjectNode values = JSON.createObjectNode();
        values.put("topic_name", name);
        values.put("partitions_count", partitions);
        values.putObject("config");
        return values;
    }

    static ObjectNode connectorValues(String name, int tasks) {
        ObjectNode values = JSON.createObjectNode();
        values.putObject("config_nonsensitive").put("name", name).put("tasks.max", Integer.toString(tasks));
        values.put("status", "RUNNING");
        return values;
    }

    Path write(Path dir, String fileName) {
        try {
            Path file = dir.resolve(fileName);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a test resource of src/test/resources/plangate into the folder. */
    static Path resource(Path dir, String name) {
        try (InputStream in = HandMadePlan.class.getResourceAsStream("/plangate/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource plangate/" + name);
            }
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shop descriptor with extra YAML appended (e.g. an acknowledgements section), in its own folder. */
    static Path shop(Path dir, String appended) {
        Path file = resource(dir.resolve("departments"), "shop.yaml");
        try {
            Files.writeString(file, Files.readString(file) + appended);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
