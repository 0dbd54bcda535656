package dev.connectonboard.generate;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HclTest {

    @Test
    void quotesPlainText() {
        assertEquals("\"fin-payments\"", Hcl.quote("fin-payments"));
    }

    @Test
    void escapesTemplateSequencesSoTerraformNeverEvaluatesThem() {
        assertEquals("\"$${topic}\"", Hcl.quote("${topic}"));
        assertEquals("\"%%{if true}x%%{endif}\"", Hcl.quote("%{if true}x%{endif}"));
        assertEquals("\"costs $5 and 100%\"", Hcl.quote("costs $5 and 100%"));
    }

    @Test
    void escapesQuotesBackslashesAndLineBreaks() {
        assertEquals("\"a\\\"b\\\\c\\nd\\re\\tf\"", Hcl.quote("a\"b\\c\nd\re\tf"));
    }

    @Test
    void escapesOtherControlCharactersAsUnicode() {
        assertEquals("\"a\\u0000b\\u001bc\"", Hcl.quote("a\u0000b\u001bc"));
    }

    @Test
    void keepsAnAlreadyDoubledDollarLiteral() {
        // "$${" typed by a user must reach the connector as "$${", so every "$" before "{" is doubled once more
        assertEquals("\"$$${x}\"", Hcl.quote("$${x}"));
    }

    @Test
    void writesListsMapsNumbersBooleansAndNull() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("flush.size", "1000");
        map.put("enabled", true);
        assertEquals("[\"a\", \"b\"]", Hcl.literal(List.of("a", "b")));
        assertEquals("{ \"flush.size\" = \"1000\", \"enabled\" = true }", Hcl.literal(map));
        assertEquals("{}", Hcl.literal(Map.of()));
        assertEquals("6", Hcl.literal(6));
        assertEquals("false", Hcl.literal(false));
        assertEquals("null", Hcl.literal(null));
    }

    @Test
    void refusesTypesItCannotWrite() {
        assertThrows(IllegalArgumentException.class, () -> Hcl.literal(new Object()));
    }
}
