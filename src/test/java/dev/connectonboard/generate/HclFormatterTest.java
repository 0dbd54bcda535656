package dev.connectonboard.generate;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HclFormatterTest {

    @Test
    void indentsByBracketDepthAndAlignsConsecutiveAttributes() {
        String input = """
                resource "x" "y" {
                name = "a"
                display_name = "b"
                tags = {
                "k" = "v"
                "longer.key" = "w"
                }
                description = "c"
                }
                """;
        String expected = """
                resource "x" "y" {
                  name         = "a"
                  display_name = "b"
                  tags = {
                    "k"          = "v"
                    "longer.key" = "w"
                  }
                  description = "c"
                }
                """;
        assertEquals(expected, HclFormatter.format(input));
    }

    @Test
    void writesEmptyMapsListsAndBlocksOnOneLineAsTerraformFmtLeavesThem() {
        String input = """
                module "m" {
                topics = [
                ]
                x = {
                config = {
                }
                secrets = {
                }
                },
                note = "x" # {
                }
                """;
        String expected = """
                module "m" {
                  topics = []
                  x = {
                    config  = {}
                    secrets = {}
                  },
                  note = "x" # {
                }
                """;
        assertEquals(expected, HclFormatter.format(input));
    }

    @Test
    void ignoresBracketsAndEqualsInsideStrings() {
        String input = "a = \"{[(=\"\nbb = \"x\\\"}\"\n";
        assertEquals("a  = \"{[(=\"\nbb = \"x\\\"}\"\n", HclFormatter.format(input));
    }

    @Test
    void treatsInterpolationBracesAsPartOfTheString() {
        String input = "p = \"User:${module.sa.id}\"\nlong_name = 1\n";
        assertEquals("p         = \"User:${module.sa.id}\"\nlong_name = 1\n", HclFormatter.format(input));
    }

    @Test
    void commentsAndBlankLinesBreakAlignmentAndBlankRunsCollapse() {
        String input = "a = 1\n# note\nlonger = 2\n\n\n\nb = 3\n\n";
        assertEquals("a = 1\n# note\nlonger = 2\n\nb = 3\n", HclFormatter.format(input));
    }

    @Test
    void doesNotTreatComparisonOrArrowOperatorsAsAssignments() {
        String input = "x = a == b\ny = { for k, v in m : k => v }\n";
        assertEquals("x = a == b\ny = { for k, v in m : k => v }\n", HclFormatter.format(input));
    }

    @Test
    void isIdempotent() {
        String once = HclFormatter.format("a {\nb = 1\ncc = [\n1,\n]\n}\n");
        assertEquals(once, HclFormatter.format(once));
    }
}
