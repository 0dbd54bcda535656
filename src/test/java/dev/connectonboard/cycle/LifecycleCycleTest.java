package dev.connectonboard.cycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectonboard.cli.CliTestSupport;
import dev.connectonboard.cli.CliTestSupport.CliResult;
import dev.connectonboard.testsupport.StandInCycle;
import dev.connectonboard.testsupport.TerraformCli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.connectonboard.confluent.ConfluentFixtures;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A department's whole lifecycle with real Terraform and the stand-in providers, for every example department. It is
 * applied; then one of its connectors and a topic are taken out of Terraform's state and its descriptor (as if
 * created with the Confluent CLI or on the workers), and {@code connect-onboard adopt --write} reads them back from
 * WireMock serving Confluent's Connect and Kafka REST APIs with the stand-in cloud's objects (masked secrets, the keys
 * Confluent adds) or from the department's stand-in workers: once the placeholder secrets are stored, the plan
 * imports exactly those resources and changes nothing, and so does the plan after applying it. Then
 * {@code connect-onboard offboard --write} marks it as leaving and regenerates its reduced root, whose plan holds only
 * deletes and the kept topic's release, passes the plan gate, and whose apply destroys connectors before the access
 * they use and every API key after the ACLs and role bindings it goes with, leaving the kept topic in the cloud and
 * nothing in the state.
 */
class LifecycleCycleTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
    private static final Map<String, String> PREFIXES = Map.of("finance", "fin", "hr", "hr", "research", "rsch");
    private static final String TOPICS = "module.department.module.topics.confluent_kafka_topic.";
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "secretId: ([^,]+), key: ([^ ]+) }, placeholder: true");

    @TempDir
    static Path work;
    private static StandInCycle cycle;
    private static WireMockServer api;

    @BeforeAll
    static void generate() {
        cycle = StandInCycle.ofExamples(work);
        cycle.generate();
        api = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        api.start();
    }

    @AfterAll
    static void stop() {
        cycle.close();
        api.stop();
    }

    @ParameterizedTest
    @CsvSource({"finance,fin-reporting-snowflake-sink,fin.reporting.daily,fin.ledger.entries",
            "hr,hr-workday-snowflake-sink,hr.workday.workers,hr.dlq.hr-workday-snowflake-sink",
            "research,rsch-experiments-mysql-source,,rsch.papers.v1"})
    void adoptsWhatRunsThenOffboardsInOneApply(String department, String connector, String topic, String kept)
            throws IOException {
        StandInCycle.Root root = cycle.root(department);
        root.converge();
        adopt(department, root, connector, topic);
        offboard(department, root, kept);
    }

    private void adopt(String department, StandInCycle.Root root, String connector, String topic) throws IOException {
        boolean selfManaged = department.equals("research");
        List<String> outside = new ArrayList<>(List.of(selfManaged ? "connectonboard_connector.this[\"" + connector + "\"]"
                : "module.department.module.connectors[0].confluent_connector.this[\"" + connector + "\"]"));
        if (topic != null) {
            outside.add(TOPICS + "department[\"" + topic + "\"]");
        }
        String dlq = PREFIXES.get(department) + ".dlq." + connector;
        boolean withDlq = false;
        for (JsonNode declared : YAML.readTree(Files.readString(descriptor(department))).path("connectors")) {
            withDlq |= declared.path("name").asText().equals(connector)
                    && declared.path("errors").path("deadLetterQueue").asBoolean(false);
        }
        if (withDlq) {
            outside.add(TOPICS + "dlq[\"" + dlq + "\"]");
        }
        for (String address : outside) {
            root.run("state", "rm", address);
        }
        String original = Files.readString(descriptor(department));
        Files.writeString(descriptor(department), without(original, connector, topic));
        serveTheCloud(PREFIXES.get(department));

        String url = "http://127.0.0.1:" + api.port();
        Map<String, String> environment = new java.util.HashMap<>(Map.of("CONFLUENT_CLOUD_API_KEY",
                ConfluentFixtures.API_KEY, "CONFLUENT_CLOUD_API_SECRET", ConfluentFixtures.API_SECRET,
                "CONFLUENT_CLOUD_API_URL", url, "KAFKA_API_KEY", "KAFKAKEYQ7W3ZP2MX", "KAFKA_API_SECRET",
                "kafka-s3cr3t-Xq9vLm2Kp8Rt4Wz", "KAFKA_REST_ENDPOINT", url));
        if (selfManaged) {
            environment.put("CONNECT_REST_URL", root.workerUrl());
            environment.put("CONNECT_REST_PASSWORD", "stand-in-rest");
        }
        CliResult adopted = CliTestSupport.runWithEnvironment(environment, "adopt", "--platform",
                cycle.platformFile().toString(), "--department", department, "--write",
                cycle.departmentsDir().toString());
        assertEquals(0, adopted.exitCode(), adopted::toString);
        assertTrue(adopted.out().contains("connectors: " + connector), adopted::out);

        // what the department does next: store each masked value where the placeholder says, delete the marker
        String text = Files.readString(descriptor(department));
        Matcher placeholder = PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            String key = placeholder.group(2);
            String value = cloudConnector(connector).path("config_sensitive").path(key).asText();
            assertFalse(value.isEmpty(), "the cloud holds " + key);
            cycle.awsCloud().seed("aws_secretsmanager_secret_version", Map.of("secret_id", placeholder.group(1),
                    "secret_string", JSON.writeValueAsString(Map.of(key, value))));
        }
        Files.writeString(descriptor(department), text.replace(", placeholder: true", ""));
        cycle.generate();
        assertTrue(Files.exists(root.dir().resolve("imports.tf")));

        StandInCycle.Plan plan = root.plan();
        // nothing is created or destroyed; an adopted managed connector may be updated in place (Confluent never
        // returns config_sensitive, so the provider re-sends the values from Secrets Manager): same connector, same
        // id, offsets kept
        plan.changes().forEach((address, actions) -> {
            assertEquals(List.of("update"), actions, () -> address + ": " + differences(plan.json()));
            assertTrue(address.contains("confluent_connector.this[\"" + connector + "\"]"), address);
        });
        List<String> imported = new ArrayList<>();
        plan.json().path("resource_changes").forEach(change -> {
            if (change.path("change").has("importing")) {
                imported.add(change.path("address").asText());
            }
        });
        assertEquals(outside.stream().sorted().toList(), imported.stream().sorted().toList());
        root.apply();
        root.assertNoChanges();
    }

    /** What each changed resource changes: attribute (and map key) with before and after. */
    private static String differences(JsonNode plan) {
        StringBuilder out = new StringBuilder();
        plan.path("resource_changes").forEach(change -> {
            JsonNode before = change.path("change").path("before");
            JsonNode after = change.path("change").path("after");
            if (!before.equals(after)) {
                out.append(change.path("address").asText()).append(':');
                after.fieldNames().forEachRemaining(field -> {
                    if (!after.get(field).equals(before.get(field))) {
                        out.append(' ').append(field).append(' ').append(before.get(field)).append(" -> ")
                                .append(after.get(field));
                    }
                });
                out.append('\n');
            }
        });
        return out.toString();
    }

    private static Path descriptor(String department) {
        return cycle.departmentsDir().resolve(department + ".yaml");
    }

    /** The descriptor without the connector and the topic (comments are lost, which adopt must not mind). */
    private static String without(String descriptor, String connector, String topic) throws IOException {
        com.fasterxml.jackson.databind.node.ObjectNode tree =
                (com.fasterxml.jackson.databind.node.ObjectNode) YAML.readTree(descriptor);
        removeNamed((com.fasterxml.jackson.databind.node.ArrayNode) tree.get("connectors"), connector);
        if (topic != null) {
            removeNamed((com.fasterxml.jackson.databind.node.ArrayNode) tree.get("topics"), topic);
        }
        return YAML.writeValueAsString(tree).replaceFirst("^---\n", "");
    }

    private static void removeNamed(com.fasterxml.jackson.databind.node.ArrayNode list, String name) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).path("name").asText().equals(name)) {
                list.remove(i);
                return;
            }
        }
        throw new AssertionError("no " + name + " in " + list);
    }

    private static JsonNode cloudConnector(String name) {
        return cycle.confluentCloud().objects("confluent_connector").values().stream()
                .filter(o -> o.path("config_nonsensitive").path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no connector " + name + " in the stand-in cloud"));
    }

    /**
     * WireMock answers as Confluent Cloud would for what the stand-in cloud holds: every connector with its config,
     * sensitive values masked and the keys Confluent adds; every topic with its partitions and configs.
     */
    private static void serveTheCloud(String prefix) throws IOException {
        api.resetAll();
        com.fasterxml.jackson.databind.node.ObjectNode listing = JSON.createObjectNode();
        for (JsonNode object : cycle.confluentCloud().objects("confluent_connector").values()) {
            String name = object.path("config_nonsensitive").path("name").asText();
            com.fasterxml.jackson.databind.node.ObjectNode entry = listing.putObject(name);
            entry.putObject("id").put("id", object.path("id").asText()).put("id_type", "ID");
            com.fasterxml.jackson.databind.node.ObjectNode info = entry.putObject("info").put("name", name);
            com.fasterxml.jackson.databind.node.ObjectNode config = info.putObject("config");
            config.setAll((com.fasterxml.jackson.databind.node.ObjectNode) object.path("config_nonsensitive"));
            object.path("config_sensitive").fieldNames().forEachRemaining(key -> config.put(key, "****************"));
            config.put("cloud.environment", "prod").put("cloud.provider", "aws").put("kafka.region", "eu-west-1")
                    .put("kafka.endpoint", "SASL_SSL://pkc-41wq6.eu-west-1.aws.confluent.cloud:9092");
            entry.putObject("status").put("name", name).putObject("connector")
                    .put("state", object.path("status").asText("RUNNING"));
        }
        String connectors = "/connect/v1/environments/env-7q2x9m/clusters/lkc-5k3p2d/connectors";
        api.stubFor(get(urlPathEqualTo(connectors)).willReturn(okJson(JSON.writeValueAsString(listing))));
        com.fasterxml.jackson.databind.node.ObjectNode topics = JSON.createObjectNode();
        com.fasterxml.jackson.databind.node.ArrayNode data = topics.putArray("data");
        String base = "/kafka/v3/clusters/lkc-5k3p2d/topics";
        for (JsonNode object : cycle.confluentCloud().objects("confluent_kafka_topic").values()) {
            String name = object.path("topic_name").asText();
            data.addObject().put("topic_name", name).put("partitions_count", object.path("partitions_count").asInt())
                    .put("is_internal", false);
            com.fasterxml.jackson.databind.node.ObjectNode configs = JSON.createObjectNode();
            com.fasterxml.jackson.databind.node.ArrayNode list = configs.putArray("data");
            object.path("config").fields().forEachRemaining(c -> list.addObject().put("name", c.getKey())
                    .put("value", c.getValue().asText()).put("source", "DYNAMIC_TOPIC_CONFIG"));
            list.addObject().put("name", "min.insync.replicas").put("value", "2").put("source", "DEFAULT_CONFIG");
            api.stubFor(get(urlPathEqualTo(base + "/" + name + "/configs"))
                    .willReturn(okJson(JSON.writeValueAsString(configs))));
        }
        api.stubFor(get(urlPathEqualTo(base)).willReturn(okJson(JSON.writeValueAsString(topics))));
    }

    private void offboard(String department, StandInCycle.Root root, String kept) throws IOException {
        if (department.equals("research")) {
            // the reduced root reads the workers' REST credentials from the secret the department module made
            cycle.awsCloud().seed("aws_secretsmanager_secret_version", Map.of(
                    "secret_id", "rsch/connect-worker/rest-credentials",
                    "secret_string", "{\"username\":\"connect-onboard\",\"password\":\"stand-in-rest\"}"));
        }
        CliResult offboard = CliTestSupport.run("offboard", "--platform", cycle.platformFile(), "--department",
                department, "--keep-topic", kept, "--write", "--reason", department + " leaves the platform (CHG-1)",
                "--out", work.resolve("generated"), "--modules", work.resolve("modules"), cycle.departmentsDir());
        assertEquals(0, offboard.exitCode(), offboard::toString);
        assertTrue(offboard.out().contains("  KEEP    " + kept), offboard::out);
        assertTrue(offboard.out().contains("live facts not read"), offboard::out);
        assertTrue(Files.readString(root.dir().resolve("main.tf")).contains("removed {"));

        StandInCycle.Plan plan = root.plan();
        Map<String, List<String>> changes = plan.changes();
        assertFalse(changes.isEmpty());
        List<String> forgotten = new ArrayList<>();
        changes.forEach((address, actions) -> {
            if (actions.equals(List.of("forget"))) {
                forgotten.add(address);
            } else {
                assertEquals(List.of("delete"), actions, address + " in the offboarding plan");
            }
        });
        assertEquals(1, forgotten.size(), changes::toString);
        assertTrue(forgotten.get(0).startsWith("confluent_kafka_topic.kept_"), forgotten::toString);

        Path planJson = Files.writeString(work.resolve(department + "-offboard.json"),
                JSON.writeValueAsString(plan.json()));
        CliResult gate = CliTestSupport.run("plan", "check", "--platform", cycle.platformFile(), "--plan", planJson,
                "--format", "json", cycle.departmentsDir());
        assertEquals(0, gate.exitCode(), gate::toString);
        assertTrue(JSON.readTree(gate.out()).at("/departments/0/offboarding").asBoolean(), gate::out);

        TerraformCli.Result applied = root.apply();
        Map<String, Integer> destroyed = destructionOrder(applied.stdout());
        assertEquals(changes.size() - 1, destroyed.size(), applied::stdout);
        assertBefore(destroyed, "confluent_kafka_acl.connectors", "confluent_api_key.operators");
        assertBefore(destroyed, "confluent_role_binding.operators", "confluent_api_key.operators");
        assertBefore(destroyed, department.equals("research") ? "connectonboard_connector.this"
                : "confluent_connector.this", "confluent_kafka_acl.connectors");
        assertBefore(destroyed, "confluent_api_key.operators", "confluent_service_account.operators");
        if (department.equals("research")) {
            assertBefore(destroyed, "confluent_kafka_acl.connectors", "confluent_api_key.connectors");
            assertTrue(root.workerConnectors().isEmpty(), () -> "left on the workers: " + root.workerConnectors());
        }

        JsonNode state = root.state();
        List<String> managed = new ArrayList<>();
        state.path("values").path("root_module").path("resources").forEach(r -> {
            if (r.path("mode").asText().equals("managed")) {
                managed.add(r.path("address").asText());
            }
        });
        assertTrue(managed.isEmpty() && state.path("values").path("root_module").path("child_modules").isEmpty(),
                state::toString);
        assertTrue(cycle.confluentCloud().objects("confluent_kafka_topic").keySet().stream()
                .anyMatch(id -> id.endsWith("/" + kept)), "the kept topic is still in the cluster");
        assertTrue(cycle.confluentCloud().objects("confluent_kafka_topic").keySet().stream()
                .noneMatch(id -> id.contains("/" + PREFIXES.get(department) + ".") && !id.endsWith("/" + kept)),
                () -> "only the kept topic stays: " + cycle.confluentCloud().objects("confluent_kafka_topic").keySet());
    }

    /** Address -> position of its "Destruction complete" line in the apply's output. */
    private static Map<String, Integer> destructionOrder(String stdout) {
        Map<String, Integer> order = new LinkedHashMap<>();
        for (String line : stdout.split("\n")) {
            int at = line.indexOf(": Destruction complete");
            if (at > 0) {
                order.put(line.substring(0, at).trim(), order.size());
            }
        }
        return order;
    }

    /** Every destroyed instance whose address contains {@code first} went before every one containing {@code then}. */
    private static void assertBefore(Map<String, Integer> order, String first, String then) {
        int lastFirst = order.entrySet().stream().filter(e -> e.getKey().contains(first)).mapToInt(Map.Entry::getValue)
                .max().orElseThrow(() -> new AssertionError("nothing like " + first + " destroyed: " + order.keySet()));
        int firstThen = order.entrySet().stream().filter(e -> e.getKey().contains(then)).mapToInt(Map.Entry::getValue)
                .min().orElseThrow(() -> new AssertionError("nothing like " + then + " destroyed: " + order.keySet()));
        assertTrue(lastFirst < firstThen, first + " must be destroyed before " + then + ": " + order);
    }
}
