package dev.connectonboard.errors;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * A writer that passes everything through {@link SafeText}: the CLI wraps its stdout and stderr in one, so no command
 * can print a control sequence, whatever text it was given. A surrogate pair split across two writes is kept whole.
 */
public final class SafeTextWriter extends FilterWriter {
    private char pendingHigh;

    public SafeTextWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        write(new char[] {(char) c}, 0, 1);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        write(text.toCharArray(), offset, length);
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        StringBuilder text = new StringBuilder(length + 1);
        if (pendingHigh != 0) {
            text.append(pendingHigh);
            pendingHigh = 0;
        }
        text.append(chars, offset, length);
        int end = text.length();
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            pendingHigh = text.charAt(end - 1);
            text.setLength(end - 1);
        }
        out.write(SafeText.escape(text));
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (pendingHigh != 0) {
            out.write(SafeText.escape(String.valueOf(pendingHigh)));
            pendingHigh = 0;
        }
        out.close();
    }
}
