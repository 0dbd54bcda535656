package dev.connectonboard.operator.offboard;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.connectonboard.confluent.RecordingSleeper;
import dev.connectonboard.confluent.TestClients;
import dev.connectonboard.descriptor.InputLoader;
import dev.connectonboard.descriptor.InputSet;
import dev.connectonboard.operator.status.SelfManagedWorkers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The offboarding report with live facts, read through okhttp from WireMock as Confluent Cloud answers: the
 * connectors' states, their records over the last hour and the topics' sizes, for the shipped finance example.
 */
class OffboarderLiveTest {
    private static final String CONNECTORS = "/connect/v1/environments/env-7q2x9m/clusters/lkc-5k3p2d/connectors";
    private static final String QUERY = "/v2/metrics/cloud/query";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-14T10:07:31Z"), ZoneOffset.UTC);

    @RegisterExtension
    static final WireMockExtension server = TestClients.loopbackExtension();

    @Test
    void showsEachTopicsSizeBesideWhatHappensToIt() throws IOException {
        stubConnectorsAndRecords();
        server.stubFor(post(urlPathEqualTo(QUERY)).withRequestBody(containing("/retained_bytes"))
                .willReturn(okJson("""
                        {"data": [
                          {"timestamp": "2026-09-14T10:01:00Z", "metric.topic": "fin.ledger.entries", "value": 1234567890},
                          {"timestamp": "2026-09-14T10:01:00Z", "metric.topic": "fin.reporting.daily", "value": 512}
                        ]}""")));

        OffboardReport report = offboard(List.of("fin.reporting.daily"));
        String text = OffboardText.render(report);

        assertTrue(text.contains("  DELETE  fin.ledger.entries  (department topic, 1,234,567,890 bytes (1.2 GB))\n"),
                text);
        assertTrue(text.contains("  KEEP    fin.reporting.daily  (department topic; released from Terraform's state, "
                + "its records stay, 512 bytes)\n"), text);
        assertTrue(text.contains("  DELETE  fin.payments.public.payments  (department topic)\n"), text);
        assertTrue(text.contains("  sizes: retained bytes (all partitions) from the Metrics API, the minute "
                + "2026-09-14T10:01:00Z; a topic without a figure has no data reported\n"), text);
        assertTrue(text.contains("  DELETE  fin-ledger-s3-sink  S3_SINK  RUNNING"), text);
        assertEquals(1_234_567_890L, report.topics().stream().filter(t -> t.name().equals("fin.ledger.entries"))
                .findFirst().orElseThrow().retainedBytes());
    }

    @Test
    void saysWhySizesAreMissingWhenTheMetricsApiFailsAndStillReportsTheRest() throws IOException {
        stubConnectorsAndRecords();
        server.stubFor(post(urlPathEqualTo(QUERY)).withRequestBody(containing("/retained_bytes"))
                .willReturn(serverError().withBody("{\"errors\": [{\"detail\": \"try later\"}]}")));

        String text = OffboardText.render(offboard(List.of()));

        assertTrue(text.contains("  DELETE  fin.ledger.entries  (department topic)\n"), text);
        assertTrue(text.contains("  sizes: not read ("), text);
        assertTrue(text.contains("retained bytes of 5 topic(s) of lkc-5k3p2d"), text);
        assertTrue(text.contains("  DELETE  fin-ledger-s3-sink  S3_SINK  RUNNING"), text);
    }

    private static void stubConnectorsAndRecords() throws IOException {
        server.stubFor(get(urlPathEqualTo(CONNECTORS)).willReturn(okJson(Files.readString(
                Path.of("src/test/resources/confluent-api/connectors-expanded-page.json")))));
        server.stubFor(post(urlPathEqualTo(QUERY)).withRequestBody(containing("io.confluent.kafka.connect/"))
                .willReturn(okJson("{\"data\": []}")));
    }

    private static OffboardReport offboard(List<String> keep) {
        InputSet inputs = InputLoader.load(Path.of("examples/platform.yaml"),
                List.of(Path.of("examples/departments/finance.yaml")));
        return new Offboarder(() -> TestClients.client(server.getPort(), new RecordingSleeper()),
                SelfManagedWorkers.none(), CLOCK)
                .run(new Offboarder.Request(inputs.platformFrom(Path.of("examples/platform.yaml")),
                        inputs.department("finance").orElseThrow(), keep, null, false, null));
    }
}
