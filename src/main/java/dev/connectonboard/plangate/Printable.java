package dev.connectonboard.plangate;

import java.util.regex.Pattern;

/**
 * Makes a string read from a plan safe to show: control characters (an ESC would start a terminal sequence) become
 * their code and very long values are shortened. Reports escape further for their own syntax.
 */
public final class Printable {
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x1f\\x7f-\\x9f\\u2028\\u2029]");
    private static final int MAX = 300;

    private Printable() {
    }

    public static String of(String value) {
        String shown = clean(value);
        return shown == null || shown.length() <= MAX ? shown : shown.substring(0, MAX - 3) + "...";
    }

    /** Control characters shown as their code, nothing shortened (for sentences built from safe parts). */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        return CONTROL.matcher(value).replaceAll(m -> String.format("\\\\u%04x", (int) m.group().charAt(0)));
    }
}
