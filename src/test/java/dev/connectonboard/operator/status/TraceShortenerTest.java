package dev.connectonboard.operator.status;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TraceShortenerTest {

    @Test
    void keepsTheMessageAndEachCauseWithoutFramesOrPackages() {
        String trace = "org.apache.kafka.connect.errors.ConnectException: Failed to open a Snowflake channel\n"
                + "\tat com.snowflake.kafka.connector.SnowflakeSinkTask.open(SnowflakeSinkTask.java:270)\n"
                + "Caused by: net.snowflake.client.jdbc.SnowflakeSQLException: JWT token is invalid.\n"
                + "\tat net.snowflake.client.core.SessionUtil.newSession(SessionUtil.java:712)\n"
                + "\t... 12 more\n";

        assertEquals("ConnectException: Failed to open a Snowflake channel\n"
                + "Caused by: SnowflakeSQLException: JWT token is invalid.", TraceShortener.shorten(trace));
    }

    @Test
    void splitsACauseConnectFlattenedIntoOneLine() {
        assertEquals("ConnectException: Exiting WorkerSinkTask due to unrecoverable exception.\n"
                        + "Caused by: SocketTimeoutException: Read timed out calling https://alerts.example.org/x",
                TraceShortener.shorten("org.apache.kafka.connect.errors.ConnectException: Exiting WorkerSinkTask due"
                        + " to unrecoverable exception. Caused by: java.net.SocketTimeoutException: Read timed out"
                        + " calling https://alerts.example.org/x"));
    }

    @Test
    void keepsConfigurationErrorsThatAreNotExceptions() {
        assertEquals("There were some errors with your configuration:\ntopics: Provided Kafka ApiKey is invalid",
                TraceShortener.shorten("There were some errors with your configuration:\n"
                        + "topics: Provided Kafka ApiKey is invalid\n"));
    }

    @Test
    void dropsRepeatedLines() {
        assertEquals("RetriableException: broker unavailable", TraceShortener.shorten(
                "org.apache.kafka.common.errors.RetriableException: broker unavailable\n"
                        + "\tat a.B.c(B.java:1)\n"
                        + "org.apache.kafka.common.errors.RetriableException: broker unavailable\n"));
    }

    @Test
    void keepsTheFirstMessageAndTheDeepestCausesOfALongChain() {
        StringBuilder trace = new StringBuilder("a.Top: first\n");
        for (int i = 1; i <= 9; i++) {
            trace.append("Caused by: a.Cause").append(i).append(": level ").append(i).append("\n\tat x.Y.z(Y.java:")
                    .append(i).append(")\n");
        }

        assertEquals("Top: first\n…\nCaused by: Cause6: level 6\nCaused by: Cause7: level 7\n"
                + "Caused by: Cause8: level 8\nCaused by: Cause9: level 9", TraceShortener.shorten(trace.toString()));
    }

    @Test
    void capsTheLengthWithAnEllipsis() {
        String shortened = TraceShortener.shorten("java.lang.IllegalStateException: " + "x".repeat(2000));

        assertEquals(TraceShortener.MAX_CHARS, shortened.length());
        assertTrue(shortened.startsWith("IllegalStateException: xxx"), shortened);
        assertTrue(shortened.endsWith("x…"), shortened);
    }

    @Test
    void leavesNamesThatAreNotClassesAlone() {
        assertEquals("Caused by: timeout after 30000 ms; see https://docs.example.org/a.b",
                TraceShortener.shorten("Caused by: timeout after 30000 ms; see https://docs.example.org/a.b"));
        assertEquals("db.orders: table not found", TraceShortener.shorten("db.orders: table not found"));
    }

    @Test
    void nothingToShortenGivesEmpty() {
        assertEquals("", TraceShortener.shorten(null));
        assertEquals("", TraceShortener.shorten(" \n\t\n"));
        assertEquals("", TraceShortener.shorten("\tat a.B.c(B.java:1)\n"));
    }
}
