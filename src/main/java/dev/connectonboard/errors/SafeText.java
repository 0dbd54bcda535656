package dev.connectonboard.errors;

/**
 * Makes text safe to show on a terminal or in a one-line message. Inputs, file names and live API answers reach
 * messages; a control character in them could clear the screen (ESC [2J), move the cursor, rewrite a line (CR), or
 * split one message into two (U+2028, U+2029); bidirectional overrides could make a name read differently from what
 * it is. Each such character is shown as its escape ({@code \u001b}), never sent as is. Line feeds and tabs stay,
 * because messages and reports are laid out with them.
 */
public final class SafeText {
    private SafeText() {
    }

    /** True for a character that must never reach a terminal as itself. */
    public static boolean isUnsafe(char c) {
        return c < 0x20 && c != '\n' && c != '\t'
                || c >= 0x7f && c <= 0x9f
                || c == 0x2028 || c == 0x2029
                || c >= 0x202a && c <= 0x202e
                || c >= 0x2066 && c <= 0x2069
                || c == 0x200e || c == 0x200f || c == 0x061c;
    }

    /** The text with every unsafe character, and every lone surrogate, written as its {@code \\uXXXX} escape. */
    public static String escape(CharSequence text) {
        StringBuilder out = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean pairStart = Character.isHighSurrogate(c) && i + 1 < length
                    && Character.isLowSurrogate(text.charAt(i + 1));
            boolean bad = isUnsafe(c) || Character.isSurrogate(c) && !pairStart;
            if (bad && out == null) {
                out = new StringBuilder(length + 16).append(text, 0, i);
            }
            if (bad) {
                appendEscape(out, c);
            } else if (out != null) {
                out.append(c);
                if (pairStart) {
                    out.append(text.charAt(++i));
                }
            } else if (pairStart) {
                i++;
            }
        }
        return out == null ? text.toString() : out.toString();
    }

    /** Like {@link #escape} and also on one line: line feeds and tabs become {@code \n} and {@code \t}. */
    public static String oneLine(CharSequence text) {
        return escape(text.toString().replace("\n", "\\n").replace("\t", "\\t"));
    }

    static void appendEscape(StringBuilder out, char c) {
        switch (c) {
            case '\r' -> out.append("\\r");
            default -> out.append(String.format("\\u%04x", (int) c));
        }
    }
}
