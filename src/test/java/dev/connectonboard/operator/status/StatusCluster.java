package dev.connectonboard.operator.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.connectonboard.confluent.ClientSettings;
import dev.connectonboard.confluent.ConfluentCloudClient;
import dev.connectonboard.confluent.RecordingSleeper;
import dev.connectonboard.confluent.RetryPolicy;
import dev.connectonboard.confluent.TestClients;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.SplittableRandom;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.connectonboard.confluent.ConfluentFixtures.CONNECTORS_PATH;
import static dev.connectonboard.confluent.ConfluentFixtures.fixture;

/**
 * A WireMock-served Confluent Cloud holding the fixture cluster: fin x3 (running, running, paused), hr x2 (FAILED with
 * a trace, running), ops x3 (DEGRADED with one failed task, PROVISIONING, running custom), plus the Metrics API.
 */
public final class StatusCluster {
    public static final String METRICS_PATH = "/v2/metrics/cloud/query";
    /** The read time every status test uses; the metrics window is 08:58 to 09:58 then. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-14T10:03:27Z"), ZoneOffset.UTC);
    public static final String METRICS_INTERVAL = "2026-09-14T08:58:00Z/2026-09-14T09:58:00Z";
    private static final ObjectMapper JSON = new ObjectMapper();

    private StatusCluster() {
    }

    /** Stubs the connector listing, the detailed status of the failed and degraded ones, and the three metrics. */
    public static void stubHealthyApis(WireMockExtension server) {
        stubListing(server, fixture("connectors-expanded-page.json"));
        server.stubFor(get(urlPathEqualTo(CONNECTORS_PATH + "/hr-workday-snowflake-sink/status"))
                .willReturn(okJson(fixture("connector-status-failed.json"))));
        server.stubFor(get(urlPathEqualTo(CONNECTORS_PATH + "/ops-alerts-http-sink/status"))
                .willReturn(okJson(resourceText("status-ops-alerts-http-sink.json"))));
        server.stubFor(post(urlPathEqualTo(METRICS_PATH)).withRequestBody(containing("/received_records"))
                .willReturn(okJson(points(Map.of("lcc-7q2m9x", 1200, "lcc-k3n8wd", 640, "lcc-j8d1yu", 5000,
                        "lcc-5mbq0e", 3600)))));
        server.stubFor(post(urlPathEqualTo(METRICS_PATH)).withRequestBody(containing("/sent_records"))
                .willReturn(okJson(points(Map.of("lcc-7q2m9x", 1198, "lcc-k3n8wd", 640, "lcc-j8d1yu", 4743,
                        "lcc-5mbq0e", 3600)))));
        server.stubFor(post(urlPathEqualTo(METRICS_PATH)).withRequestBody(containing("/dead_letter_queue_records"))
                .willReturn(okJson(fixture("metrics-query-response.json"))));
    }

    public static void stubListing(WireMockExtension server, String body) {
        server.stubFor(get(urlPathEqualTo(CONNECTORS_PATH)).willReturn(okJson(body)));
    }

    /** The fixture listing with one more connector added under {@code name}. */
    public static String listingWith(String name, String state, String trace) {
        try {
            ObjectNode listing = (ObjectNode) JSON.readTree(fixture("connectors-expanded-page.json"));
            ObjectNode entry = listing.putObject(name);
            entry.putObject("id").put("id", "lcc-x9x9x9").put("id_type", "ID");
            ObjectNode info = entry.putObject("info");
            info.put("name", name).put("type", "sink");
            info.putObject("config").put("connector.class", "HttpSinkV2").put("tasks.max", "1").put("name", name);
            ObjectNode status = entry.putObject("status");
            status.put("name", name).put("type", "sink");
            status.putObject("connector").put("state", state).put("worker_id", name).put("trace", trace);
            status.putArray("tasks");
            return JSON.writeValueAsString(listing);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String points(Map<String, Integer> values) {
        ObjectNode answer = JSON.createObjectNode();
        values.forEach((id, value) -> answer.withArray("data").addObject().put("resource.connector.id", id)
                .put("timestamp", "2026-09-14T08:58:00Z").put("value", value.doubleValue()));
        return answer.toString();
    }

    /** A client for {@code server} that retries twice without sleeping and gives up on a read after 800 ms. */
    public static ConfluentCloudClient client(Map<String, String> environment, RecordingSleeper sleeper) {
        return new ConfluentCloudClient(ClientSettings.fromEnvironment(environment)
                .withRetryPolicy(new RetryPolicy(2, Duration.ofSeconds(1), Duration.ofSeconds(30),
                        Duration.ofSeconds(60), new SplittableRandom(7)))
                .withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(800))
                .withSleeper(sleeper));
    }

    public static Map<String, String> environment(WireMockExtension server) {
        return TestClients.environment(server.getPort());
    }

    public static Path resource(String name) {
        try {
            return Path.of(StatusCluster.class.getResource("/operator/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String resourceText(String name) {
        try (InputStream in = StatusCluster.class.getResourceAsStream("/operator/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
