package dev.connectonboard.confluent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Confluent API response bodies copied from the shared fixtures into src/test/resources/confluent-api. */
public final class ConfluentFixtures {
    /** Credentials every test uses; distinctive so a leak is easy to spot in any output. */
    public static final String API_KEY = "TESTKEYQ7W3ZP2MX";
    public static final String API_SECRET = "s3cr3t+Xq9vLm2Kp8Rt4Wz6Yb1Nc5Dh7Jf0Gs";

    public static final String ENV = "env-m2x7qk";
    public static final String CLUSTER = "lkc-9v3d7p";
    public static final String CONNECTORS_PATH = "/connect/v1/environments/" + ENV + "/clusters/" + CLUSTER
            + "/connectors";

    private ConfluentFixtures() {
    }

    public static String fixture(String name) {
        try (InputStream in = ConfluentFixtures.class.getResourceAsStream("/confluent-api/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
