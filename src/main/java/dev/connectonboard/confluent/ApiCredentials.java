package dev.connectonboard.confluent;

import java.util.Objects;

/**
 * A Confluent Cloud API key and its secret. Neither is ever printed: {@link #toString()} shows nothing of them, and
 * {@link #redact(String)} removes both from any text that might reach a user (error bodies, URLs).
 */
public final class ApiCredentials {
    private static final String HIDDEN = "[redacted]";

    private final String key;
    private final String secret;

    public ApiCredentials(String key, String secret) {
        this.key = Objects.requireNonNull(key, "key");
        this.secret = Objects.requireNonNull(secret, "secret");
    }

    String key() {
        return key;
    }

    String secret() {
        return secret;
    }

    /** Replaces the key and the secret wherever they occur in {@code text}. */
    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String hidden : new String[] {secret, key}) {
            if (!hidden.isEmpty()) {
                result = result.replace(hidden, HIDDEN);
            }
        }
        return result;
    }

    @Override
    public String toString() {
        return "ApiCredentials[key=" + HIDDEN + ", secret=" + HIDDEN + "]";
    }
}
