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

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.connectonboard.confluent.ConfluentFixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ConnectorMetricsTest {
    private static final String QUERY = "/v2/metrics/cloud/query";
    private static final MetricsWindow WINDOW = new MetricsWindow(Instant.parse("2026-09-14T07:00:00Z"),
            Instant.parse("2026-09-14T10:00:00Z"), "PT1H");
    private static final List<String> IDS = List.of("lcc-j8d1yu", "lcc-k3n8wd", "lcc-2xw6rj");

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
    void sumsEachMetricPerConnectorWithOneQueryPerMetric() {
        server.stubFor(post(urlPathEqualTo(QUERY)).withRequestBody(equalToJson(fixture("metrics-query-request.json")))
                .willReturn(okJson(fixture("metrics-query-response.json"))));
        server.stubFor(post(urlPathEqualTo(QUERY)).withRequestBody(containing("/received_records"))
                .willReturn(okJson("{\"data\": [{\"resource.connector.id\": \"lcc-k3n8wd\", \"value\": 1200.0},"
                        + " {\"resource.connector.id\": \"lcc-k3n8wd\", \"value\": 34.0}]}")));
        server.stubFor(post(urlPathEqualTo(QUERY)).withRequestBody(containing("/sent_records"))
                .willReturn(okJson("{\"data\": []}")));

        Map<String, ConnectorMetrics> metrics = client.connectorMetrics(IDS, WINDOW);

        assertEquals(new ConnectorMetrics("lcc-j8d1yu", 0, 0, 257), metrics.get("lcc-j8d1yu"));
        assertEquals(new ConnectorMetrics("lcc-k3n8wd", 1234, 0, 0), metrics.get("lcc-k3n8wd"));
        assertEquals(new ConnectorMetrics("lcc-2xw6rj", 0, 0, 0), metrics.get("lcc-2xw6rj"));
        assertEquals(IDS, List.copyOf(metrics.keySet()));
        server.verify(3, postRequestedFor(urlPathEqualTo(QUERY)));
        server.verify(postRequestedFor(urlPathEqualTo(QUERY)).withBasicAuth(
                new com.github.tomakehurst.wiremock.client.BasicCredentials(ConfluentFixtures.API_KEY,
                        ConfluentFixtures.API_SECRET)));
    }

    @Test
    void followsTheMetricsPageToken() {
        server.stubFor(post(urlPathEqualTo(QUERY)).withQueryParam("page_token", absent())
                .willReturn(okJson("{\"data\": [{\"resource.connector.id\": \"lcc-j8d1yu\", \"value\": 5}],"
                        + " \"meta\": {\"pagination\": {\"page_size\": 1, \"next_page_token\": \"p2\"}}}")));
        server.stubFor(post(urlPathEqualTo(QUERY)).withQueryParam("page_token", equalTo("p2"))
                .willReturn(okJson("{\"data\": [{\"resource.connector.id\": \"lcc-j8d1yu\", \"value\": 6}]}")));

        assertEquals(new ConnectorMetrics("lcc-j8d1yu", 11, 11, 11),
                client.connectorMetrics(List.of("lcc-j8d1yu"), WINDOW).get("lcc-j8d1yu"));
        server.verify(6, postRequestedFor(urlPathEqualTo(QUERY)));
    }

    @Test
    void noConnectorsMeansNoQuery() {
        assertEquals(Map.of(), client.connectorMetrics(List.of(), WINDOW));
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aPointWithoutItsConnectorIsNotTrusted() {
        server.stubFor(post(urlPathEqualTo(QUERY)).willReturn(okJson("{\"data\": [{\"value\": 3}]}")));

        String message = assertThrows(ConfluentApiException.class,
                () -> client.connectorMetrics(List.of("lcc-j8d1yu"), WINDOW)).getMessage();

        assertEquals("Confluent Cloud's answer to POST " + QUERY + " cannot be trusted: a point lacks"
                + " \"resource.connector.id\" or a numeric \"value\": {\"value\":3}. Nothing was decided; run again,"
                + " and report it if it persists.", message);
    }

    @Test
    void lastHoursEndsBeforeTheMetricsLatency() {
        Clock clock = Clock.fixed(Instant.parse("2026-09-14T10:03:00Z"), ZoneOffset.UTC);

        MetricsWindow window = MetricsWindow.lastHours(3, clock);

        assertEquals(new MetricsWindow(Instant.parse("2026-09-14T06:00:00Z"), Instant.parse("2026-09-14T09:00:00Z"),
                "PT1H"), window);
    }
}
