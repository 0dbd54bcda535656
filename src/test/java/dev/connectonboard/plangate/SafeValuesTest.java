package dev.connectonboard.plangate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SafeValuesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void aValueMarkedAtAnyLevelIsNeverRead() throws Exception {
        JsonNode value = json("{\"a\":{\"b\":\"secret\",\"c\":\"plain\"},\"l\":[\"x\",\"y\"],\"n\":3}");
        assertNull(SafeValues.text(value, json("true"), "n"), "the whole value sensitive");
        assertNull(SafeValues.text(value, json("{\"a\":true}"), "a", "c"), "an ancestor sensitive");
        assertNull(SafeValues.text(value, json("{\"a\":{\"b\":true}}"), "a", "b"));
        assertEquals("plain", SafeValues.text(value, json("{\"a\":{\"b\":true}}"), "a", "c"));
        assertNull(SafeValues.text(value, json("{\"l\":[false,true]}"), "l", "1"), "a list item sensitive");
        assertEquals("x", SafeValues.text(value, json("{\"l\":[false,true]}"), "l", "0"));
        assertEquals("3", SafeValues.text(value, json("{}"), "n"));
        assertNull(SafeValues.text(value, json("{}"), "a"), "not a scalar");
        assertNull(SafeValues.text(value, null, "missing"));
    }
}
