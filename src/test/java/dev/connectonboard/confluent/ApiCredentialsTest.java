package dev.connectonboard.confluent;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Redaction hides the exact credential and nothing else. */
class ApiCredentialsTest {
    private static final String KEY = "ABCD1234567890AB";
    private static final String SECRET = "cfltQ9vLm2Kp8Rt4Wz6Yb1Nc5Dh7Jf0Gs+Xq9vLm2Kp8Rt4Wz6Yb1Nc5Dh7Jf0Gs/a";

    @Test
    void hidesTheKeyAndTheSecretWhereTheyStandAsThemselves() {
        ApiCredentials credentials = new ApiCredentials(KEY, SECRET);
        assertEquals("bad key [redacted]:[redacted] at https://[redacted]:[redacted]@api.example.org/",
                credentials.redact("bad key " + KEY + ":" + SECRET + " at https://" + KEY + ":" + SECRET
                        + "@api.example.org/"));
        assertEquals("\"[redacted]\"", credentials.redact("\"" + KEY + "\""));
    }

    @Test
    void leavesALongerWordThatMerelyContainsTheKey() {
        ApiCredentials credentials = new ApiCredentials(KEY, SECRET);
        assertEquals("X" + KEY + " and " + KEY + "9", credentials.redact("X" + KEY + " and " + KEY + "9"));
    }

    @Test
    void neverRedactsAValueShorterThanARealKey() {
        ApiCredentials credentials = new ApiCredentials("x", "y");
        String text = "GET /connectors?expand=info in env-7q2x9m via proxy";
        assertEquals(text, credentials.redact(text), "no e[redacted]pand");
        assertEquals("ApiCredentials[key=[redacted], secret=[redacted]]", credentials.toString());
    }
}
