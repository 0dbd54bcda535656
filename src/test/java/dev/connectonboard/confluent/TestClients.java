package dev.connectonboard.confluent;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import okhttp3.HttpUrl;

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
                ClientSettings.API_URL_VARIABLE, server.baseUrl(),
                ClientSettings.METRICS_URL_VARIABLE, server.baseUrl());
    }

    /** Settings from {@link #environment}, 3 retries with a fixed-seed jitter, short timeouts, recording waits. */
    public static ClientSettings settings(WireMockServer server, RecordingSleeper sleeper) {
        return ClientSettings.fromEnvironment(environment(server))
                .withRetryPolicy(new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(30),
                        Duration.ofSeconds(60), new SplittableRandom(42)))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300))
                .withSleeper(sleeper);
    }

    public static ConfluentCloudClient client(WireMockServer server, RecordingSleeper sleeper) {
        return new ConfluentCloudClient(settings(server, sleeper));
    }

    public static HttpUrl url(WireMockServer server) {
        return HttpUrl.get(server.baseUrl());
    }
}
