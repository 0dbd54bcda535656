package dev.connectonboard.confluent;

import java.time.Duration;

/** Waits between retries; a seam so tests can record the wait instead of sleeping through it. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    /** Really sleeps the calling thread. */
    static Sleeper system() {
        return duration -> Thread.sleep(duration.toMillis());
    }
}
