package dev.connectonboard.provider.plugin;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The few ASN.1 DER encodings an X.509 certificate needs. The JDK can sign and parse certificates but has no public
 * API to build one, and the provider must mint its own on every start.
 */
final class Der {
    private Der() {
    }

    static byte[] sequence(byte[]... contents) {
        return tagged(0x30, concat(contents));
    }

    static byte[] set(byte[]... contents) {
        return tagged(0x31, concat(contents));
    }

    static byte[] integer(BigInteger value) {
        return tagged(0x02, value.toByteArray());
    }

    static byte[] bool(boolean value) {
        return tagged(0x01, new byte[] {(byte) (value ? 0xff : 0x00)});
    }

    static byte[] octetString(byte[] content) {
        return tagged(0x04, content);
    }

    /** A bit string whose last {@code unusedBits} bits are padding. */
    static byte[] bitString(byte[] content, int unusedBits) {
        byte[] body = new byte[content.length + 1];
        body[0] = (byte) unusedBits;
        System.arraycopy(content, 0, body, 1, content.length);
        return tagged(0x03, body);
    }

    static byte[] utf8String(String text) {
        return tagged(0x0c, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * UTCTime {@code YYMMDDHHMMSSZ} (years 1950 to 2049). Written digit by digit: a DateTimeFormatter loads locale
     * data, a few milliseconds of every provider start.
     */
    static byte[] utcTime(Instant time) {
        LocalDateTime utc = LocalDateTime.ofEpochSecond(time.getEpochSecond(), 0, ZoneOffset.UTC);
        int[] fields = {utc.getYear() % 100, utc.getMonthValue(), utc.getDayOfMonth(), utc.getHour(), utc.getMinute(),
                utc.getSecond()};
        byte[] text = new byte[fields.length * 2 + 1];
        for (int i = 0; i < fields.length; i++) {
            text[2 * i] = (byte) ('0' + fields[i] / 10);
            text[2 * i + 1] = (byte) ('0' + fields[i] % 10);
        }
        text[text.length - 1] = 'Z';
        return tagged(0x17, text);
    }

    /** Context-specific, constructed: {@code [n] EXPLICIT}. */
    static byte[] explicit(int number, byte[] content) {
        return tagged(0xa0 | number, content);
    }

    /** Context-specific, primitive: {@code [n] IMPLICIT} of a primitive type. */
    static byte[] implicitPrimitive(int number, byte[] content) {
        return tagged(0x80 | number, content);
    }

    static byte[] oid(String dotted) {
        String[] arcs = dotted.split("\\.");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(Integer.parseInt(arcs[0]) * 40 + Integer.parseInt(arcs[1]));
        for (int i = 2; i < arcs.length; i++) {
            long arc = Long.parseLong(arcs[i]);
            int groups = Math.max(1, (64 - Long.numberOfLeadingZeros(arc) + 6) / 7);
            for (int group = groups - 1; group >= 0; group--) {
                int sevenBits = (int) ((arc >>> (7 * group)) & 0x7f);
                out.write(group == 0 ? sevenBits : sevenBits | 0x80);
            }
        }
        return tagged(0x06, out.toByteArray());
    }

    static byte[] tagged(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 6);
        out.write(tag);
        int length = content.length;
        if (length < 0x80) {
            out.write(length);
        } else {
            int bytes = (32 - Integer.numberOfLeadingZeros(length) + 7) / 8;
            out.write(0x80 | bytes);
            for (int i = bytes - 1; i >= 0; i--) {
                out.write(length >>> (8 * i));
            }
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
