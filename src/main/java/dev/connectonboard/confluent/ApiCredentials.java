package dev.connectonboard.confluent;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Confluent Cloud API key and its secret. Neither is ever printed: {@link #toString()} shows nothing of them, and
 * {@link #redact(String)} removes both from any text that might reach a user (error bodies, URLs).
 */
public final class ApiCredentials {
    private static final String HIDDEN = "[redacted]";
    /**
     * A Confluent Cloud API key id is 16 characters (e.g. ABCD1234567890AB) and its secret longer: a shorter value
     * is no real credential, and replacing it would mangle unrelated words ("e[redacted]pand" for a key "x").
     * docs.confluent.io/cloud/current/security/authenticate/workload-identities/service-accounts/api-keys/overview
     */
    static final int SHORTEST_REAL_KEY = 16;

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

    /**
     * Replaces the key and the secret where they occur as themselves in {@code text}: not as part of a longer run of
     * letters and digits, and never when shorter than a real key.
     */
    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String hidden : new String[] {secret, key}) {
            if (hidden.length() >= SHORTEST_REAL_KEY) {
                result = Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(hidden) + "(?![A-Za-z0-9])")
                        .matcher(result).replaceAll(Matcher.quoteReplacement(HIDDEN));
            }
        }
        return result;
    }

    @Override
    public String toString() {
        return "ApiCredentials[key=" + HIDDEN + ", secret=" + HIDDEN + "]";
    }
}
