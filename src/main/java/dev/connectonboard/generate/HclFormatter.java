package dev.connectonboard.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out rendered HCL the way {@code terraform fmt} does, so templates can stay readable and the output is
 * fmt-clean without Terraform installed: two-space indentation by bracket depth, one blank line at most, and the
 * {@code =} of consecutive single-line attributes aligned; an empty object or list is written as a pair of brackets on
 * one line (a template's loop over nothing leaves them on two). Hand-written because no Java library formats HCL; the
 * tests run the real {@code terraform fmt -check} on everything this produces.
 */
public final class HclFormatter {
    private HclFormatter() {
    }

    public static String format(String source) {
        List<Line> lines = new ArrayList<>();
        int depth = 0;
        boolean previousBlank = true;
        for (String raw : source.split("\n", -1)) {
            String text = raw.strip();
            if (text.isEmpty()) {
                if (!previousBlank) {
                    lines.add(Line.BLANK);
                }
                previousBlank = true;
                continue;
            }
            previousBlank = false;
            Scan scan = Scan.of(text);
            int indent = scan.startsWithCloser() ? depth - 1 : depth;
            lines.add(new Line(Math.max(0, indent), text, scan.assignAt()));
            depth = Math.max(0, depth + scan.netBrackets());
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1) == Line.BLANK) {
            lines.remove(lines.size() - 1);
        }
        collapseEmptyBrackets(lines);
        alignAssignments(lines);
        StringBuilder out = new StringBuilder();
        for (Line line : lines) {
            if (line != Line.BLANK) {
                out.append("  ".repeat(line.indent)).append(line.text);
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** A line ending in an opening bracket, followed by a line holding only its closer, becomes one line. */
    private static void collapseEmptyBrackets(List<Line> lines) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            Line open = lines.get(i);
            Line next = lines.get(i + 1);
            if (open == Line.BLANK || next == Line.BLANK || open.text.isEmpty()) {
                continue;
            }
            char last = open.text.charAt(open.text.length() - 1);
            String closer = last == '{' ? "}" : last == '[' ? "]" : null;
            if (closer == null || !(next.text.equals(closer) || next.text.equals(closer + ","))
                    || Scan.of(open.text).netBrackets() != 1) {
                continue;
            }
            String text = open.text + next.text;
            lines.set(i, new Line(open.indent, text, Scan.of(text).assignAt()));
            lines.remove(i + 1);
        }
    }

    /** Pads the keys of each run of consecutive single-line attributes to the same width, as hclwrite does. */
    private static void alignAssignments(List<Line> lines) {
        int start = 0;
        while (start < lines.size()) {
            if (lines.get(start).assignAt < 0) {
                start++;
                continue;
            }
            int end = start;
            int width = 0;
            while (end < lines.size() && lines.get(end).assignAt >= 0) {
                width = Math.max(width, lines.get(end).key().length());
                end++;
            }
            for (int i = start; i < end; i++) {
                Line line = lines.get(i);
                String key = line.key();
                String rest = line.text.substring(line.assignAt + 1).strip();
                lines.set(i, new Line(line.indent, key + " ".repeat(width - key.length()) + " = " + rest, width + 1));
            }
            start = end;
        }
    }

    private record Line(int indent, String text, int assignAt) {
        static final Line BLANK = new Line(0, "", -1);

        String key() {
            return text.substring(0, assignAt).strip();
        }
    }

    /** What a line contributes to the layout: bracket balance outside strings, and a top-level {@code =}. */
    private record Scan(int netBrackets, boolean startsWithCloser, int assignAt) {
        static Scan of(String text) {
            int net = 0;
            int assign = -1;
            int netAfterAssign = 0;
            boolean inString = false;
            int interpolation = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (inString) {
                    if (c == '\\') {
                        i++;
                    } else if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                        interpolation++;
                        i++;
                    } else if (c == '}' && interpolation > 0) {
                        interpolation--;
                    } else if (c == '"' && interpolation == 0) {
                        inString = false;
                    }
                    continue;
                }
                if (c == '#') {
                    break;
                }
                if (c == '"') {
                    inString = true;
                } else if (c == '{' || c == '[' || c == '(') {
                    net++;
                    netAfterAssign++;
                } else if (c == '}' || c == ']' || c == ')') {
                    net--;
                    netAfterAssign--;
                } else if (c == '=' && assign < 0 && net == 0 && !isOperator(text, i)) {
                    assign = i;
                    netAfterAssign = 0;
                }
            }
            boolean closer = !text.isEmpty() && "}])".indexOf(text.charAt(0)) >= 0;
            boolean singleLineAttribute = assign > 0 && netAfterAssign == 0 && !text.startsWith("#");
            return new Scan(net, closer, singleLineAttribute ? assign : -1);
        }

        private static boolean isOperator(String text, int i) {
            char before = i > 0 ? text.charAt(i - 1) : ' ';
            char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            return after == '=' || after == '>' || before == '=' || before == '!' || before == '<' || before == '>';
        }
    }
}
