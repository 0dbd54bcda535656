package dev.connectonboard.descriptor;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a file as strict UTF-8, the way RFC 3629 defines it: overlong forms ({@code C0 AF} for '/', {@code C0 A2}
 * for '"'), encoded surrogates ({@code ED A0 80}), bytes that start no character and truncated sequences are errors
 * with their line, never silently turned into characters a later check would trust. NUL marks a binary or UTF-16
 * file. A leading byte order mark is dropped.
 */
final class StrictUtf8 {
    private StrictUtf8() {
    }

    /** The text could not be decoded; {@link #location()} is where the first bad byte stands. */
    static final class NotUtf8Exception extends Exception {
        private final Location location;

        NotUtf8Exception(String message, Location location) {
            super(message, null, false, false);
            this.location = location;
        }

        Location location() {
            return location;
        }
    }

    static String decode(byte[] bytes) throws NotUtf8Exception {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            throw new NotUtf8Exception("not UTF-8 text: the bytes " + hex(bytes, offset, result.length())
                    + " are not a character (an overlong form, an encoded surrogate or a stray byte); save the file "
                    + "as UTF-8", locate(bytes, offset));
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new NotUtf8Exception("not UTF-8 text: the file ends in the middle of a character",
                    locate(bytes, bytes.length));
        }
        out.flip();
        String text = out.toString();
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new NotUtf8Exception("not UTF-8 text: it holds a NUL character; save the file as UTF-8 "
                    + "(or is this a binary or UTF-16 file?)", locate(bytes, utf8Offset(text, nul)));
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Line and column (in characters) of a byte offset. */
    private static Location locate(byte[] bytes, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new Location(line, column);
    }

    private static int utf8Offset(String text, int charIndex) {
        return text.substring(0, charIndex).getBytes(StandardCharsets.UTF_8).length;
    }

    private static String hex(byte[] bytes, int offset, int length) {
        StringBuilder hex = new StringBuilder();
        for (int i = offset; i < Math.min(bytes.length, offset + Math.max(1, length)); i++) {
            hex.append(hex.isEmpty() ? "" : " ").append(String.format("%02X", bytes[i] & 0xFF));
        }
        return hex.toString();
    }
}
