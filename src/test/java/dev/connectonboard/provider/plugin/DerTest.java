package dev.connectonboard.provider.plugin;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DerTest {

    @Test
    void writesUtcTimeAsTwoDigitFieldsInUtc() {
        byte[] encoded = Der.utcTime(Instant.parse("2031-02-03T04:05:06.789Z"));

        assertEquals(0x17, encoded[0]);
        assertEquals(13, encoded[1]);
        assertEquals("310203040506Z", new String(Arrays.copyOfRange(encoded, 2, encoded.length),
                StandardCharsets.US_ASCII));
        assertEquals("991231235959Z", new String(Arrays.copyOfRange(Der.utcTime(
                Instant.parse("1999-12-31T23:59:59Z")), 2, 15), StandardCharsets.US_ASCII));
    }
}
