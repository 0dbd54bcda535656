package dev.connectonboard.operator;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CI shell scripts into simple commands (lists of words) the way a POSIX shell would for the cases CI files
 * use: quotes, backslash escapes and line continuations, and the operators that end a command
 * ({@code && || | ; &}, parentheses, braces, {@code $(...)}). A redirection ends the command's arguments.
 */
public final class ShellWords {

    private ShellWords() {
    }

    public static List<List<String>> commands(String script) {
        List<List<String>> commands = new ArrayList<>();
        List<String> current = new ArrayList<>();
        StringBuilder word = null;
        boolean redirected = false;
        String text = script.replace("\\\n", " ");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                int end = closingQuote(text, i);
                String quoted = text.substring(i + 1, end);
                word = (word == null ? new StringBuilder() : word)
                        .append(c == '"' ? quoted.replaceAll("\\\\([\"\\\\$`])", "$1") : quoted);
                i = end;
            } else if (c == '\\' && i + 1 < text.length()) {
                word = (word == null ? new StringBuilder() : word).append(text.charAt(++i));
            } else if (Character.isWhitespace(c) || "&|;()<>{}".indexOf(c) >= 0 || (c == '$' && next(text, i) == '(')) {
                boolean fileDescriptor = (c == '>' || c == '<') && word != null && word.toString().matches("\\d+");
                if (word != null && !redirected && !fileDescriptor) {
                    current.add(word.toString());
                }
                word = null;
                if (c == '>' || c == '<') {
                    redirected = true;
                    if (next(text, i) == '&') {
                        i++; // ">&1" duplicates a descriptor; the "&" does not end the command
                    }
                } else if (c == '\n' || "&|;(){}$".indexOf(c) >= 0) {
                    if (!current.isEmpty()) {
                        commands.add(current);
                    }
                    current = new ArrayList<>();
                    redirected = false;
                    if (c == '$') {
                        i++;
                    }
                }
            } else {
                word = (word == null ? new StringBuilder() : word).append(c);
            }
        }
        if (word != null && !redirected) {
            current.add(word.toString());
        }
        if (!current.isEmpty()) {
            commands.add(current);
        }
        return commands;
    }

    private static int closingQuote(String text, int open) {
        char quote = text.charAt(open);
        for (int i = open + 1; i < text.length(); i++) {
            if (quote == '"' && text.charAt(i) == '\\') {
                i++;
            } else if (text.charAt(i) == quote) {
                return i;
            }
        }
        throw new IllegalArgumentException("unclosed " + quote + " in: " + text);
    }

    private static char next(String text, int i) {
        return i + 1 < text.length() ? text.charAt(i + 1) : '\0';
    }
}
