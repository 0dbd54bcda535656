package dev.connectonboard.connect;

import dev.connectonboard.confluent.RetryPolicy;
import dev.connectonboard.confluent.Sleeper;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link ConnectRestClient} talks to the workers. Kafka Connect answers a request the herder cannot serve in
 * time after its own 90 s request timeout, so the read timeout is a little longer than that.
 */
public record ConnectClientSettings(WorkerEndpoint endpoint, Duration connectTimeout, Duration readTimeout,
                                    RetryPolicy retryPolicy, Sleeper sleeper) {

    public ConnectClientSettings {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(retryPolicy, "retryPolicy");
        Objects.requireNonNull(sleeper, "sleeper");
    }

    /** 10 s to connect, 95 s to read, the Confluent client's retry policy (4 retries, 1 s doubling to 30 s). */
    public static ConnectClientSettings of(WorkerEndpoint endpoint) {
        return new ConnectClientSettings(endpoint, Duration.ofSeconds(10), Duration.ofSeconds(95),
                RetryPolicy.defaults(), Sleeper.system());
    }

    public ConnectClientSettings withRetryPolicy(RetryPolicy policy) {
        return new ConnectClientSettings(endpoint, connectTimeout, readTimeout, policy, sleeper);
    }

    public ConnectClientSettings withSleeper(Sleeper newSleeper) {
        return new ConnectClientSettings(endpoint, connectTimeout, readTimeout, retryPolicy, newSleeper);
    }

    public ConnectClientSettings withTimeouts(Duration connect, Duration read) {
        return new ConnectClientSettings(endpoint, connect, read, retryPolicy, sleeper);
    }
}
