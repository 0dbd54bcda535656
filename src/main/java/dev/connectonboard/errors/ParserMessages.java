package dev.connectonboard.errors;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's parse errors as a person reads them: without its internals ("[Source: REDACTED
 * (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 84]"), and a document that ends too
 * early said so in plain words.
 */
public final class ParserMessages {
    private static final Pattern SOURCE = Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)\\]");
    private static final Pattern UNCLOSED = Pattern.compile("^Unexpected end-of-input: expected close marker for "
            + "(Object|Array) \\(start marker at \\[Source: .*?; line: (\\d+), column: (\\d+)\\]\\)");
    private static final Pattern END_OF_INPUT = Pattern.compile("^Unexpected end-of-input(.*)$");

    private ParserMessages() {
    }

    /** One line, no parser internals. */
    public static String clean(String jacksonMessage) {
        String first = firstLine(jacksonMessage == null ? "" : jacksonMessage);
        Matcher unclosed = UNCLOSED.matcher(first);
        if (unclosed.find()) {
            boolean object = unclosed.group(1).equals("Object");
            return "the document ends before the " + (object ? "object" : "array") + " opened at line "
                    + unclosed.group(2) + ", column " + unclosed.group(3) + " is closed (no '" + (object ? "}" : "]")
                    + "'): is it cut short?";
        }
        Matcher end = END_OF_INPUT.matcher(first);
        if (end.find()) {
            String inside = end.group(1).contains("Object") ? ", inside an object"
                    : end.group(1).contains("Array") ? ", inside an array" : "";
            return "the document ends too early" + inside + ": is it cut short?";
        }
        return SOURCE.matcher(first).replaceAll("line $1, column $2");
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
