package dev.connectonboard.confluent;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Topic sizes for the offboarding report: {@code retained_bytes} grouped by topic, through okhttp to WireMock. */
class TopicSizesTest {
    private static final String QUERY = "/v2/metrics/cloud/query";
    private static final MetricsWindow WINDOW = MetricsWindow.lastMinute(
            Clock.fixed(Instant.parse("2026-09-14T10:07:31Z"), ZoneOffset.UTC));

    @RegisterExtension
    static final WireMockExtension server = TestClients.loopbackExtension();
    private ConfluentCloudClient client;

    @BeforeEach
    void open() {
        client = TestClients.client(server.getPort(), new RecordingSleeper());
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void asksForTheLatestMinuteOfTheClustersTopicsAndSumsEachTopicsPoints() {
        server.stubFor(post(urlPathEqualTo(QUERY)).withRequestBody(equalToJson("""
                {"aggregations": [{"metric": "io.confluent.kafka.server/retained_bytes"}],
                 "filter": {"op": "AND", "filters": [
                   {"field": "resource.kafka.id", "op": "EQ", "value": "lkc-5k3p2d"},
                   {"op": "OR", "filters": [
                     {"field": "metric.topic", "op": "EQ", "value": "fin.ledger.entries"},
                     {"field": "metric.topic", "op": "EQ", "value": "fin.reporting.daily"},
                     {"field": "metric.topic", "op": "EQ", "value": "fin.empty"}]}]},
                 "group_by": ["metric.topic"],
                 "granularity": "PT1M",
                 "intervals": ["2026-09-14T10:01:00Z/2026-09-14T10:02:00Z"],
                 "limit": 100}"""))
                .willReturn(okJson("""
                        {"data": [
                          {"timestamp": "2026-09-14T10:01:00Z", "metric.topic": "fin.ledger.entries", "value": 1.2e9},
                          {"timestamp": "2026-09-14T10:01:00Z", "metric.topic": "fin.reporting.daily", "value": 4096}
                        ]}""")));

        Map<String, Long> sizes = client.topicRetainedBytes("lkc-5k3p2d",
                List.of("fin.ledger.entries", "fin.reporting.daily", "fin.empty"), WINDOW);

        assertEquals(Map.of("fin.ledger.entries", 1_200_000_000L, "fin.reporting.daily", 4096L), sizes);
        assertEquals(List.of("fin.ledger.entries", "fin.reporting.daily"), List.copyOf(sizes.keySet()));
    }

    @Test
    void asksInBatchesOfAHundredTopics() {
        server.stubFor(post(urlPathEqualTo(QUERY)).willReturn(okJson("{\"data\": []}")));
        List<String> topics = IntStream.range(0, 150).mapToObj(i -> "fin.t" + i).toList();

        assertEquals(Map.of(), client.topicRetainedBytes("lkc-5k3p2d", topics, WINDOW));

        server.verify(2, postRequestedFor(urlPathEqualTo(QUERY)));
        server.verify(1, postRequestedFor(urlPathEqualTo(QUERY)).withRequestBody(containing("\"fin.t149\"")));
    }

    @Test
    void refusesAnAnswerWhosePointsNameNoTopic() {
        server.stubFor(post(urlPathEqualTo(QUERY))
                .willReturn(okJson("{\"data\": [{\"resource.connector.id\": \"lcc-1\", \"value\": 5}]}")));

        ConfluentApiException failure = assertThrows(ConfluentApiException.class,
                () -> client.topicRetainedBytes("lkc-5k3p2d", List.of("fin.ledger.entries"), WINDOW));

        assertTrue(failure.getMessage().contains("metric.topic"), failure.getMessage());
    }
}
