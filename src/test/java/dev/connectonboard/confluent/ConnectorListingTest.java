package dev.connectonboard.confluent;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static dev.connectonboard.confluent.ConfluentFixtures.CLUSTER;
import static dev.connectonboard.confluent.ConfluentFixtures.CONNECTORS_PATH;
import static dev.connectonboard.confluent.ConfluentFixtures.ENV;
import static dev.connectonboard.confluent.ConfluentFixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConnectorListingTest {
    @RegisterExtension
    static final WireMockExtension server = TestClients.loopbackExtension();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private ConfluentCloudClient client;

    @BeforeEach
    void open() {
        client = TestClients.client(server.getPort(), sleeper);
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void listsTheWholeClusterWithOneAuthenticatedCall() {
        server.stubFor(get(urlPathEqualTo(CONNECTORS_PATH)).willReturn(okJson(fixture("connectors-expanded-page.json"))));

        Map<String, LiveConnector> connectors = client.listConnectors(ENV, CLUSTER);

        assertEquals(8, connectors.size());
        assertEquals(List.of("fin-fx-rates-http-source", "fin-ledger-s3-sink", "fin-payments-pg-cdc-source",
                "hr-onboarding-datagen-source", "hr-workday-snowflake-sink", "ops-alerts-http-sink",
                "ops-legacy-syslog-custom", "ops-metrics-bigquery-sink"), List.copyOf(connectors.keySet()));
        server.verify(1, anyRequestedFor(anyUrl()));
        server.verify(1, getRequestedFor(urlPathEqualTo(CONNECTORS_PATH))
                .withQueryParam("expand", equalTo("info,status,id"))
                .withBasicAuth(new com.github.tomakehurst.wiremock.client.BasicCredentials(
                        ConfluentFixtures.API_KEY, ConfluentFixtures.API_SECRET)));
        assertTrue(server.getAllServeEvents().get(0).getRequest().getUrl().endsWith("?expand=info,status,id"),
                "commas are sent literally, as the Confluent SDK does");
    }

    @Test
    void readsStateTraceTasksAndConfigOfEachConnector() {
        server.stubFor(get(urlPathEqualTo(CONNECTORS_PATH)).willReturn(okJson(fixture("connectors-expanded-page.json"))));

        Map<String, LiveConnector> connectors = client.listConnectors(ENV, CLUSTER);

        LiveConnector failed = connectors.get("hr-workday-snowflake-sink");
        assertEquals("lcc-2xw6rj", failed.id());
        assertEquals("SnowflakeSink", failed.connectorClass());
        assertEquals(1, failed.tasksMax());
        assertEquals("sink", failed.type());
        assertEquals("FAILED", failed.state());
        assertTrue(failed.trace().contains("JWT token is invalid"), failed.trace());
        assertEquals(List.of(new TaskState(0, "FAILED", "JWT token is invalid.", null)), failed.tasks());

        LiveConnector degraded = connectors.get("ops-alerts-http-sink");
        assertEquals("DEGRADED", degraded.state());
        assertEquals(3, degraded.tasksMax());
        assertEquals("FAILED", degraded.tasks().get(1).state());
        assertTrue(degraded.tasks().get(1).msg().contains("Read timed out"));
        assertNull(degraded.tasks().get(0).msg(), "an empty msg means no message");
        assertNull(degraded.trace(), "an empty trace means healthy");

        LiveConnector provisioning = connectors.get("ops-metrics-bigquery-sink");
        assertEquals("PROVISIONING", provisioning.state());
        assertTrue(provisioning.tasks().isEmpty());

        assertEquals("clcc-4rtl9m", connectors.get("ops-legacy-syslog-custom").id());
        assertEquals("com.example.connect.syslog.SyslogSourceConnector",
                connectors.get("ops-legacy-syslog-custom").connectorClass());
    }

    @Test
    void dropsMaskedSecretsFromTheConfig() {
        server.stubFor(get(urlPathEqualTo(CONNECTORS_PATH)).willReturn(okJson(fixture("connectors-expanded-page.json"))));

        Map<String, String> config = client.listConnectors(ENV, CLUSTER).get("fin-ledger-s3-sink").config();

        assertFalse(config.containsKey("kafka.api.secret"));
        assertFalse(config.containsKey("aws.secret.access.key"));
        assertFalse(config.values().stream().anyMatch(value -> value.startsWith("****")));
        assertEquals("fin.ledger.entries", config.get("topics"));
        assertEquals("acme-fin-ledger-archive", config.get("s3.bucket.name"));
    }

    @Test
    void toleratesEntriesWithoutStatusTasksTraceOrMsg() {
        server.stubFor(get(urlPathEqualTo(CONNECTORS_PATH)).willReturn(okJson("""
                {"fin-bare": {"info": {"name": "fin-bare", "config": {"connector.class": "S3_SINK", "tasks.max": "2"}}},
                 "fin-odd": {"id": {"id": "lcc-1"}, "status": {"connector": {"state": "RUNNING"},
                             "tasks": [{"id": 0, "state": "RUNNING"}], "type": "unknown", "brand_new_field": 1}}}
                """)));

        Map<String, LiveConnector> connectors = client.listConnectors(ENV, CLUSTER);

        LiveConnector bare = connectors.get("fin-bare");
        assertEquals(2, bare.tasksMax());
        assertNull(bare.state());
        assertTrue(bare.tasks().isEmpty());
        LiveConnector odd = connectors.get("fin-odd");
        assertNull(odd.connectorClass());
        assertNull(odd.tasksMax());
        assertEquals("unknown", odd.type());
        assertEquals(List.of(new TaskState(0, "RUNNING", null, null)), odd.tasks());
    }

    @Test
    void readsTheStatusExtrasWhenPresent() {
        server.stubFor(get(urlPathEqualTo(CONNECTORS_PATH + "/hr-workday-snowflake-sink/status"))
                .willReturn(okJson(fixture("connector-status-failed.json"))));

        ConnectorStatus status = client.connectorStatus(ENV, CLUSTER, "hr-workday-snowflake-sink");

        assertEquals("FAILED", status.state());
        assertTrue(status.errorSummary().startsWith("The Snowflake sink connector failed"));
        assertEquals(List.of("JWT token is invalid."), status.errorsFromTrace());
        assertEquals(List.of(), status.validationErrors());
        assertTrue(status.tasks().get(0).trace().contains("SnowflakeSQLException"));
    }

    @Test
    void readsTheMinimalStatusWithoutExtras() {
        server.stubFor(get(urlPathEqualTo(CONNECTORS_PATH + "/hr-workday-snowflake-sink/status"))
                .willReturn(okJson(fixture("connector-status-failed-minimal.json"))));

        ConnectorStatus status = client.connectorStatus(ENV, CLUSTER, "hr-workday-snowflake-sink");

        assertEquals("sink", status.type());
        assertNull(status.errorSummary());
        assertTrue(status.errorsFromTrace().isEmpty());
        assertEquals("JWT token is invalid.", status.tasks().get(0).msg());
        assertNull(status.tasks().get(0).trace());
    }

    @Test
    void encodesConnectorNamesInThePath() {
        server.stubFor(get(urlPathEqualTo(CONNECTORS_PATH + "/fin%20odd%2Fname/status"))
                .willReturn(aResponse().withStatus(200).withBody(fixture("connector-status-failed-minimal.json"))));

        assertEquals("FAILED", client.connectorStatus(ENV, CLUSTER, "fin odd/name").state());
    }
}
