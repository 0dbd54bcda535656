package dev.connectonboard.descriptor;

import java.util.regex.Pattern;

/** Turns JSON pointers into the field paths people read: {@code connectors[0].config["flush.size"]}. */
public final class FieldPaths {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
    private static final Pattern INDEX = Pattern.compile("[0-9]+");

    private FieldPaths() {
    }

    public static String fromPointer(String pointer) {
        if (pointer.isEmpty() || pointer.equals("/")) {
            return "";
        }
        StringBuilder path = new StringBuilder();
        for (String raw : pointer.substring(1).split("/", -1)) {
            String segment = raw.replace("~1", "/").replace("~0", "~");
            if (INDEX.matcher(segment).matches()) {
                path.append('[').append(segment).append(']');
            } else if (PLAIN.matcher(segment).matches()) {
                path.append(path.length() == 0 ? "" : ".").append(segment);
            } else {
                path.append("[\"").append(segment.replace("\\", "\\\\").replace("\"", "\\\"")
                        .replace("\n", "\\n")).append("\"]");
            }
        }
        return path.toString();
    }

    public static String child(String pointer, String name) {
        return pointer + "/" + LocatingTreeReader.escape(name);
    }
}
