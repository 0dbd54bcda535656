package dev.connectonboard.confluent;

import okhttp3.HttpUrl;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Everything a {@link ConfluentCloudClient} needs. Built from the environment with {@link #fromEnvironment(Map)}:
 * <ul>
 *   <li>{@code CONFLUENT_CLOUD_API_KEY} / {@code CONFLUENT_CLOUD_API_SECRET}: a Cloud API key (required; the same
 *       variables the Confluent Terraform provider reads)</li>
 *   <li>{@code CONFLUENT_CLOUD_API_URL}: control-plane base URL (default {@value #DEFAULT_CONTROL_PLANE})</li>
 *   <li>{@code CONFLUENT_CLOUD_METRICS_URL}: Metrics API base URL (default {@value #DEFAULT_TELEMETRY})</li>
 * </ul>
 * Plain {@code http} is only accepted for loopback addresses (tests, local proxies), so credentials never travel
 * unencrypted over a network.
 */
public record ClientSettings(HttpUrl controlPlaneUrl, HttpUrl telemetryUrl, ApiCredentials credentials,
                             Duration connectTimeout, Duration readTimeout, RetryPolicy retryPolicy,
                             Sleeper sleeper, Clock clock, Consumer<RetryNotice> retryNotices) {

    public static final String API_KEY_VARIABLE = "CONFLUENT_CLOUD_API_KEY";
    public static final String API_SECRET_VARIABLE = "CONFLUENT_CLOUD_API_SECRET";
    public static final String API_URL_VARIABLE = "CONFLUENT_CLOUD_API_URL";
    public static final String METRICS_URL_VARIABLE = "CONFLUENT_CLOUD_METRICS_URL";
    public static final String DEFAULT_CONTROL_PLANE = "https://api.confluent.cloud";
    public static final String DEFAULT_TELEMETRY = "https://api.telemetry.confluent.cloud";

    private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

    public ClientSettings {
        Objects.requireNonNull(controlPlaneUrl, "controlPlaneUrl");
        Objects.requireNonNull(telemetryUrl, "telemetryUrl");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(retryPolicy, "retryPolicy");
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(retryNotices, "retryNotices");
    }

    /** Defaults for the public Confluent Cloud endpoints: 10 s connect, 60 s read, {@link RetryPolicy#defaults()}. */
    public static ClientSettings of(ApiCredentials credentials) {
        return new ClientSettings(HttpUrl.get(DEFAULT_CONTROL_PLANE), HttpUrl.get(DEFAULT_TELEMETRY), credentials,
                Duration.ofSeconds(10), Duration.ofSeconds(60), RetryPolicy.defaults(), Sleeper.system(),
                Clock.systemUTC(), notice -> { });
    }

    /** Reads credentials and URL overrides; throws {@link ConfluentApiException} when credentials are missing. */
    public static ClientSettings fromEnvironment(Map<String, String> environment) {
        return fromEnvironment(environment, null);
    }

    /**
     * As {@link #fromEnvironment(Map)}; {@code otherwise} is what the caller can do without credentials (each
     * command has its own answer, e.g. {@code quota check --offline}), or null when there is nothing.
     */
    public static ClientSettings fromEnvironment(Map<String, String> environment, String otherwise) {
        String key = blankToNull(environment.get(API_KEY_VARIABLE));
        String secret = blankToNull(environment.get(API_SECRET_VARIABLE));
        if (key == null || secret == null) {
            throw ConfluentApiException.missingCredentials(key == null, secret == null, otherwise);
        }
        ClientSettings settings = of(new ApiCredentials(key, secret));
        String apiUrl = blankToNull(environment.get(API_URL_VARIABLE));
        if (apiUrl != null) {
            settings = settings.withControlPlaneUrl(parseUrl(API_URL_VARIABLE, apiUrl));
        }
        String metricsUrl = blankToNull(environment.get(METRICS_URL_VARIABLE));
        if (metricsUrl != null) {
            settings = settings.withTelemetryUrl(parseUrl(METRICS_URL_VARIABLE, metricsUrl));
        }
        return settings;
    }

    public ClientSettings withControlPlaneUrl(HttpUrl url) {
        return new ClientSettings(requireSafe(url), telemetryUrl, credentials, connectTimeout, readTimeout,
                retryPolicy, sleeper, clock, retryNotices);
    }

    public ClientSettings withTelemetryUrl(HttpUrl url) {
        return new ClientSettings(controlPlaneUrl, requireSafe(url), credentials, connectTimeout, readTimeout,
                retryPolicy, sleeper, clock, retryNotices);
    }

    public ClientSettings withTimeouts(Duration connect, Duration read) {
        return new ClientSettings(controlPlaneUrl, telemetryUrl, credentials, connect, read, retryPolicy, sleeper,
                clock, retryNotices);
    }

    public ClientSettings withRetryPolicy(RetryPolicy policy) {
        return new ClientSettings(controlPlaneUrl, telemetryUrl, credentials, connectTimeout, readTimeout, policy,
                sleeper, clock, retryNotices);
    }

    public ClientSettings withSleeper(Sleeper newSleeper) {
        return new ClientSettings(controlPlaneUrl, telemetryUrl, credentials, connectTimeout, readTimeout,
                retryPolicy, newSleeper, clock, retryNotices);
    }

    public ClientSettings withClock(Clock newClock) {
        return new ClientSettings(controlPlaneUrl, telemetryUrl, credentials, connectTimeout, readTimeout,
                retryPolicy, sleeper, newClock, retryNotices);
    }

    /** Where each retry is announced before its wait (the CLI prints them on stderr); by default nowhere. */
    public ClientSettings withRetryNotices(Consumer<RetryNotice> notices) {
        return new ClientSettings(controlPlaneUrl, telemetryUrl, credentials, connectTimeout, readTimeout,
                retryPolicy, sleeper, clock, notices);
    }

    private static HttpUrl parseUrl(String variable, String value) {
        HttpUrl url = HttpUrl.parse(value.trim());
        if (url == null) {
            throw ConfluentApiException.badSetting(variable + " is not an http(s) URL: '" + value
                    + "'. Use a base URL such as " + DEFAULT_CONTROL_PLANE + ".");
        }
        return requireSafe(url, variable);
    }

    private static HttpUrl requireSafe(HttpUrl url) {
        return requireSafe(url, "the base URL");
    }

    private static HttpUrl requireSafe(HttpUrl url, String what) {
        if (!url.isHttps() && !LOOPBACK_HOSTS.contains(url.host())) {
            throw ConfluentApiException.badSetting(what + " uses plain http to " + url.host()
                    + "; Confluent Cloud credentials are only sent over https (plain http is allowed for loopback"
                    + " addresses only).");
        }
        return url;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
