package dev.connectonboard.confluent;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import java.time.Duration;
import java.util.Map;
import java.util.SplittableRandom;

/** Clients and environments pointed at a WireMock server on loopback, with a recording sleeper. */
public final class TestClients {

    private TestClients() {
    }

    /** A WireMock server on 127.0.0.1 and a free port; the caller starts and stops it. */
    public static WireMockServer loopbackServer() {
        return new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
    }

    /** The environment a CI job would have, with both base URLs pointing at {@code server}. */
    public static Map<String, String> environment(WireMockServer server) {
        return Map.of(ClientSettings.API_KEY_VARIABLE, ConfluentFixtures.API_KEY,
                ClientSettings.API_SECRET_VARIABLE, ConfluentFixtures.API_SECRET,
                ClientSettings.API_URL_VARIABLE, baseUrl(server),
                ClientSettings.METRICS_URL_VARIABLE, baseUrl(server));
    }

    /** Settings from {@link #environment}, 3 retries with a fixed-seed jitter, recording waits. */
    public static ClientSettings settings(WireMockServer server, RecordingSleeper sleeper) {
        return ClientSettings.fromEnvironment(environment(server))
                .withRetryPolicy(new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(30),
                        Duration.ofSeconds(60), new SplittableRandom(42)))
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10))
                .withSleeper(sleeper);
    }

    public static ConfluentCloudClient client(WireMockServer server, RecordingSleeper sleeper) {
        return new ConfluentCloudClient(settings(server, sleeper));
    }

    /** The server's address as the IPv4 loopback it is bound to ("localhost" may resolve to ::1 first). */
    public static String baseUrl(WireMockServer server) {
        return "http://127.0.0.1:" + server.port();
    }
}
