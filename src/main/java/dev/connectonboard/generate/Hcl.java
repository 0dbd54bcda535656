package dev.connectonboard.generate;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one function that turns a value into an HCL literal. Every value a template prints goes through it, so a name,
 * a config value with {@code ${topic}}, a quote or a line break reaches Terraform as the same characters, and never as
 * an expression or template sequence.
 */
public final class Hcl {
    private Hcl() {
    }

    /** An HCL literal for a string, number, boolean, null, list or map (maps and lists on one line). */
    public static String literal(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof CharSequence text) {
            return quote(text.toString());
        }
        if (value instanceof Boolean || value instanceof Number) {
            return value.toString();
        }
        if (value instanceof Enum<?> constant) {
            return quote(constant.name());
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Hcl::literal).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                return "{}";
            }
            return map.entrySet().stream()
                    .map(e -> quote(String.valueOf(e.getKey())) + " = " + literal(e.getValue()))
                    .collect(Collectors.joining(", ", "{ ", " }"));
        }
        throw new IllegalArgumentException("no HCL literal for " + value.getClass().getName());
    }

    /** A quoted HCL string whose content is exactly {@code text}. */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '$' -> out.append(next == '{' ? "$$" : "$");
                case '%' -> out.append(next == '{' ? "%%" : "%");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
