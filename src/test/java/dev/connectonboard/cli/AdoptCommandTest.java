package dev.connectonboard.cli;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.connectonboard.confluent.ConfluentFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code adopt} against WireMock serving Confluent's Connect API (a connector created with the Confluent CLI: masked
 * secrets and the keys Confluent adds) and the cluster's Kafka REST API, on copies of the examples: the exact YAML
 * it adds, comments kept, {@code validate} refusing the placeholder until it is resolved, and the import blocks
 * {@code generate} then writes. A department with no descriptor gets a new one from init's scaffold.
 */
class AdoptCommandTest {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final String CONNECTORS = "/connect/v1/environments/env-7q2x9m/clusters/lkc-5k3p2d/connectors";
    private static final String TOPICS = "/kafka/v3/clusters/lkc-5k3p2d/topics";

    @TempDir
    Path work;
    private WireMockServer api;
    private Path finance;

    @BeforeEach
    void serve() throws IOException {
        api = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        api.start();
        api.stubFor(get(urlPathEqualTo(CONNECTORS)).withQueryParam("expand", equalTo("info,status,id"))
                .willReturn(okJson(fixture("connectors-cli-created.json"))));
        api.stubFor(get(urlPathEqualTo(TOPICS)).willReturn(okJson(fixture("topics.json"))));
        api.stubFor(get(urlPathEqualTo(TOPICS + "/fin.crm.events/configs"))
                .willReturn(okJson(fixture("topic-configs-crm-events.json"))));
        api.stubFor(get(urlPathEqualTo(TOPICS + "/fin.crm.audit/configs"))
                .willReturn(okJson(fixture("topic-configs-crm-audit.json"))));
        for (String other : new String[] {"fin.ledger.entries", "fin.dlq.fin-ledger-s3-sink", "hr.workday.workers"}) {
            api.stubFor(get(urlPathEqualTo(TOPICS + "/" + other + "/configs"))
                    .willReturn(okJson(fixture("topic-configs-empty.json"))));
        }
        copy(PROJECT.resolve("examples"), work.resolve("examples"));
        copy(PROJECT.resolve("modules"), work.resolve("modules"));
        finance = work.resolve("examples/departments/finance.yaml");
    }

    @AfterEach
    void stop() {
        api.stop();
    }

    private static String fixture(String name) {
        return ConfluentFixtures.fixture("adopt/" + name);
    }

    private CliTestSupport.CliResult adopt(String... more) {
        String url = "http://127.0.0.1:" + api.port();
        Map<String, String> environment = Map.of("CONFLUENT_CLOUD_API_KEY", ConfluentFixtures.API_KEY,
                "CONFLUENT_CLOUD_API_SECRET", ConfluentFixtures.API_SECRET, "CONFLUENT_CLOUD_API_URL", url,
                "KAFKA_API_KEY", "KAFKAKEYQ7W3ZP2MX", "KAFKA_API_SECRET", "kafka-s3cr3t-Xq9vLm2Kp8Rt4Wz",
                "KAFKA_REST_ENDPOINT", url);
        String[] args = Stream.concat(Stream.concat(Stream.of("adopt", "--platform",
                        work.resolve("examples/platform.yaml").toString()), Arrays.stream(more)),
                Stream.of(work.resolve("examples/departments").toString())).toArray(String[]::new);
        return CliTestSupport.run(c -> c.getSubcommands().get("adopt").<AdoptCommand>getCommand().environment =
                environment, args);
    }

    @Test
    void writesTheCliCreatedConnectorAndTheUndeclaredTopicsIntoTheDescriptor() throws IOException {
        String before = Files.readString(finance);
        CliTestSupport.CliResult shown = adopt("--department", "finance");
        assertEquals(0, shown.exitCode(), shown::toString);
        assertEquals(before, Files.readString(finance), "nothing written without --write");

        CliTestSupport.CliResult written = adopt("--department", "finance", "--write");
        assertEquals(0, written.exitCode(), written::toString);
        String after = Files.readString(finance);
        // the existing lines, comments included, are all still there, in order (diffAdded checks it)
        String added = diffAdded(before, after);
        assertEquals("""
                  - name: fin.crm.audit
                    partitions: 1
                    config:
                      cleanup.policy: "compact"
                  - name: fin.crm.events
                    partitions: 3
                    retentionHours: 168
                    config:
                      max.message.bytes: "2097164"
                  - name: fin-crm-http-sink
                    class: HttpSink
                    tasks: 2
                    state: paused
                    topics: [fin.crm.events]
                    config:
                      http.api.url: "https://crm.example.org/api/v2/events?source=\\"kafka\\""
                      http.user: "fin-crm"
                      input.data.format: "JSON"
                      request.body.format: "json"
                    secrets:
                      # TODO store the value in Secrets Manager at fin/fin-crm-http-sink (JSON key http.password) first, then delete placeholder: true
                      http.password: { awsSecretsManager: { secretId: fin/fin-crm-http-sink, key: http.password }, placeholder: true }
                    errors: { tolerance: all }
                adopted:
                  - connector: fin-crm-http-sink
                  - topic: fin.crm.audit
                  - topic: fin.crm.events
                """, added);
        assertFalse(written.out().contains("****"), written::out);
        assertTrue(written.out().contains("fin/fin-crm-http-sink (http.password)"), written::out);

        CliTestSupport.CliResult refused = CliTestSupport.run("validate", "--platform",
                work.resolve("examples/platform.yaml"), work.resolve("examples/departments"));
        assertEquals(1, refused.exitCode(), refused::toString);
        int line = after.lines().toList().indexOf(after.lines().filter(l -> l.contains("http.password: {"))
                .findFirst().orElseThrow()) + 1;
        assertTrue(refused.err().contains(finance + ":" + line + ":"), refused::toString);
        assertTrue(refused.err().contains("connectors[3].secrets[\"http.password\"].placeholder: connect-onboard adopt "
                + "wrote this reference for a value Confluent Cloud masks"), refused::toString);

        // the value stored, the marker deleted: the root imports what was adopted, in the provider's id formats
        Files.writeString(finance, after.replace(", placeholder: true", ""));
        CliTestSupport.CliResult generated = CliTestSupport.run("generate", "--platform",
                work.resolve("examples/platform.yaml"), "--out", work.resolve("generated"), "--modules",
                work.resolve("modules"), work.resolve("examples/departments"));
        assertEquals(0, generated.exitCode(), generated::toString);
        String imports = Files.readString(work.resolve("generated/finance/imports.tf"));
        assertTrue(imports.contains("""
                # connector fin-crm-http-sink
                import {
                  to = module.department.module.connectors[0].confluent_connector.this["fin-crm-http-sink"]
                  id = "env-7q2x9m/lkc-5k3p2d/fin-crm-http-sink"
                }
                """), imports);
        assertTrue(imports.contains("""
                import {
                  to = module.department.module.topics.confluent_kafka_topic.department["fin.crm.events"]
                  id = "lkc-5k3p2d/fin.crm.events"
                }
                """), imports);
        assertFalse(Files.exists(work.resolve("generated/hr/imports.tf")), "hr adopted nothing");

        CliTestSupport.CliResult again = adopt("--department", "finance");
        assertTrue(again.out().startsWith("Nothing to adopt for department finance"), again::out);
    }

    @Test
    void startsADescriptorForADepartmentNotYetOnboarded() throws IOException {
        Files.delete(finance);
        CliTestSupport.CliResult result = adopt("--department", "fin-crm", "--prefix", "fin", "--write");
        assertEquals(0, result.exitCode(), result::toString);
        String created = Files.readString(work.resolve("examples/departments/fin-crm.yaml"));
        assertTrue(created.contains("  name: fin-crm\n") && created.contains("  prefix: fin "), created);
        assertTrue(created.contains("  - name: fin-crm-http-sink\n    class: HttpSink\n"), created);
        assertTrue(created.contains("adopted:\n  - connector: fin-crm-http-sink\n"), created);
        assertTrue(created.contains("  - name: fin.ledger.entries\n"), "finance's topics are undeclared now: "
                + created);
    }

    @Test
    void refusesAnUnknownDepartmentWithoutPrefix() {
        CliTestSupport.CliResult result = adopt("--department", "payments");
        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.err().contains("no descriptor declares department payments; to start one from what runs "
                + "under a prefix, pass --prefix P"), result::toString);
    }

    /** The lines of {@code after} that {@code before} does not have, in order. */
    private static String diffAdded(String before, String after) {
        java.util.List<String> old = new java.util.ArrayList<>(before.lines().toList());
        StringBuilder added = new StringBuilder();
        for (String line : after.lines().toList()) {
            if (!old.isEmpty() && old.get(0).equals(line)) {
                old.remove(0);
            } else {
                added.append(line).append('\n');
            }
        }
        assertEquals(java.util.List.of(), old, "lines of the descriptor that are gone or moved");
        return added.toString();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!source.toString().contains(".terraform")) {
                    Files.createDirectories(target.getParent());
                    Files.copy(source, target);
                }
            }
        }
    }
}
