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
        // line by line without String.split's array and list, each line stripped before it is copied (the same
        // characters String.strip drops: no supplementary code point is whitespace, so a char test is the same)
        int length = source.length();
        for (int start = 0; start <= length; ) {
            int end = source.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            int next = end + 1;
            while (start < end && Character.isWhitespace(source.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(source.charAt(end - 1))) {
                end--;
            }
            if (start == end) {
                if (!previousBlank) {
                    lines.add(Line.BLANK);
                }
                previousBlank = true;
                start = next;
                continue;
            }
            String text = source.substring(start, end);
            start = next;
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
        int[] keyEnds = new int[lines.size()];
        int[] widths = alignAssignments(lines, keyEnds);
        StringBuilder out = new StringBuilder(source.length() + source.length() / 4);
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line != Line.BLANK) {
                for (int level = 0; level < line.indent; level++) {
                    out.append("  ");
                }
                if (widths[i] > 0) {
                    // "key<padding> = value": the key and the value copied straight from the line, unstripped parts
                    // skipped
                    String text = line.text;
                    out.append(text, 0, keyEnds[i]);
                    for (int pad = keyEnds[i]; pad < widths[i]; pad++) {
                        out.append(' ');
                    }
                    out.append(" = ");
                    int from = line.assignAt + 1;
                    while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
                        from++;
                    }
                    out.append(text, from, text.length());
                } else {
                    out.append(line.text);
                }
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

    /**
     * The width to pad the keys of each run of consecutive single-line attributes to, as hclwrite does: per line, 0
     * when it is not such an attribute; {@code keyEnds} gets where each attribute's key ends (trailing spaces before
     * its {@code =} left out).
     */
    private static int[] alignAssignments(List<Line> lines, int[] keyEnds) {
        int[] widths = new int[lines.size()];
        int start = 0;
        while (start < lines.size()) {
            if (lines.get(start).assignAt < 0) {
                start++;
                continue;
            }
            int end = start;
            int width = 0;
            while (end < lines.size() && lines.get(end).assignAt >= 0) {
                Line line = lines.get(end);
                int keyEnd = line.assignAt;
                while (keyEnd > 0 && Character.isWhitespace(line.text.charAt(keyEnd - 1))) {
                    keyEnd--;
                }
                keyEnds[end] = keyEnd;
                width = Math.max(width, keyEnd);
                end++;
            }
            for (int i = start; i < end; i++) {
                widths[i] = width;
            }
            start = end;
        }
        return widths;
    }

    private record Line(int indent, String text, int assignAt) {
        static final Line BLANK = new Line(0, "", -1);
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
