package dev.connectonboard.confluent;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import java.time.Duration;
import java.util.Map;
import java.util.SplittableRandom;

/** A fake Confluent Cloud (WireMock on loopback) and clients pointed at it, with a recording sleeper. */
public final class TestClients {

    private TestClients() {
    }

    private static WireMockConfiguration loopback() {
        return WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort();
    }

    /** For {@code @RegisterExtension static}: one server per test class, stubs and requests reset before each test. */
    public static WireMockExtension loopbackExtension() {
        return WireMockExtension.newInstance().options(loopback()).build();
    }

    /** A server the caller starts and stops (benchmarks). */
    public static WireMockServer loopbackServer() {
        return new WireMockServer(loopback());
    }

    /** The environment a CI job would have, with both base URLs pointing at the server on {@code port}. */
    public static Map<String, String> environment(int port) {
        String baseUrl = "http://127.0.0.1:" + port;
        return Map.of(ClientSettings.API_KEY_VARIABLE, ConfluentFixtures.API_KEY,
                ClientSettings.API_SECRET_VARIABLE, ConfluentFixtures.API_SECRET,
                ClientSettings.API_URL_VARIABLE, baseUrl,
                ClientSettings.METRICS_URL_VARIABLE, baseUrl);
    }

    /** Settings from {@link #environment}, 3 retries with a fixed-seed jitter, recording waits. */
    public static ClientSettings settings(int port, RecordingSleeper sleeper) {
        return ClientSettings.fromEnvironment(environment(port))
                .withRetryPolicy(new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(30),
                        Duration.ofSeconds(60), new SplittableRandom(42)))
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10))
                .withSleeper(sleeper);
    }

    public static ConfluentCloudClient client(int port, RecordingSleeper sleeper) {
        return new ConfluentCloudClient(settings(port, sleeper));
    }
}
