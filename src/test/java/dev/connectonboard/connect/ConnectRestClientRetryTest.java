package dev.connectonboard.connect;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.connectonboard.confluent.RecordingSleeper;
import dev.connectonboard.confluent.RetryPolicy;
import dev.connectonboard.confluent.TestClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.SplittableRandom;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Faults a real worker does not produce on demand: rebalances (409), 5xx, no answer; WireMock on loopback. */
class ConnectRestClientRetryTest {
    @RegisterExtension
    static WireMockExtension worker = TestClients.loopbackExtension();

    private final RecordingSleeper sleeper = new RecordingSleeper();

    private ConnectRestClient client(String url) {
        return new ConnectRestClient(ConnectClientSettings.of(WorkerEndpoint.of(url, "ops", "pw-123"))
                .withRetryPolicy(new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(30),
                        Duration.ofSeconds(60), new SplittableRandom(7)))
                .withSleeper(sleeper));
    }

    @Test
    void rebalanceConflictIsRetriedWithBackoffAndTheCallThenSucceeds() {
        worker.stubFor(post("/connectors").inScenario("rebalance").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(409).withBody("{\"error_code\":409,\"message\":\"Cannot complete"
                        + " request momentarily due to stale configuration (typically caused by a concurrent config"
                        + " change)\"}")).willSetStateTo("settled"));
        worker.stubFor(post("/connectors").inScenario("rebalance").whenScenarioStateIs("settled")
                .willReturn(aResponse().withStatus(201).withBody("{\"name\":\"x-a\",\"config\":{\"k\":\"v\"},"
                        + "\"tasks\":[],\"type\":\"sink\"}")));

        ConnectorInfo created = client(worker.baseUrl()).create("x-a", Map.of("k", "v"), TargetState.PAUSED);

        assertEquals("x-a", created.name());
        assertEquals(1, sleeper.waits().size());
        worker.verify(2, postRequestedFor(urlEqualTo("/connectors"))
                .withHeader("Authorization", equalTo("Basic b3BzOnB3LTEyMw=="))
                .withRequestBody(matchingJsonPath("$.initial_state", equalTo("PAUSED"))));
    }

    @Test
    void anExistingConnectorIsAConflictAtOnceNotRetried() {
        worker.stubFor(post("/connectors").willReturn(aResponse().withStatus(409)
                .withBody("{\"error_code\":409,\"message\":\"Connector x-a already exists\"}")));

        ConnectApiException failure = assertThrows(ConnectApiException.class,
                () -> client(worker.baseUrl()).create("x-a", Map.of(), TargetState.RUNNING));

        assertEquals(ConnectApiException.Reason.CONFLICT, failure.reason());
        assertTrue(sleeper.waits().isEmpty());
    }

    @Test
    void serverErrorsAreRetriedThenReportedWithTheWorkersMessage() {
        worker.stubFor(get("/connectors").willReturn(aResponse().withStatus(500)
                .withBody("{\"error_code\":500,\"message\":\"Request timed out\"}")));

        ConnectApiException failure = assertThrows(ConnectApiException.class,
                () -> client(worker.baseUrl()).connectorNames());

        assertEquals(ConnectApiException.Reason.SERVER_ERROR, failure.reason());
        assertEquals(3, sleeper.waits().size());
        worker.verify(4, getRequestedFor(urlEqualTo("/connectors")));
        assertTrue(failure.getMessage().contains("GET /connectors to the Kafka Connect workers answered HTTP 500:"
                + " Request timed out. (after 4 attempts)"), failure::getMessage);
    }

    @Test
    void noAnswerSaysWhereItTriedAndWhatToCheck() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }

        ConnectApiException failure = assertThrows(ConnectApiException.class,
                () -> client("http://127.0.0.1:" + closed).version());

        assertEquals(ConnectApiException.Reason.UNREACHABLE, failure.reason());
        assertTrue(failure.getMessage().contains("deploy network"), failure::getMessage);
        assertTrue(!failure.getMessage().contains("pw-123"));
    }

    @Test
    void credentialsAreNeverSentOverPlainHttpToANonLoopbackHost() {
        ConnectApiException refused = assertThrows(ConnectApiException.class, () -> new ConnectRestClient(
                ConnectClientSettings.of(WorkerEndpoint.of("http://rsch-connect.internal:8083", "ops", "pw"))));

        assertEquals(ConnectApiException.Reason.BAD_SETTING, refused.reason());
    }
}
