package dev.connectonboard.provider.cty;

import org.junit.jupiter.api.Test;
import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MsgpackTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void encodesAnObjectAsAMapWithEveryAttributeInSchemaOrder() {
        CtyType.ObjectOf type = CtyType.object(map("department", CtyType.STRING, "enforce", CtyType.BOOL));

        byte[] bytes = Msgpack.encode(type, map("enforce", true));

        // {"department": nil, "enforce": true}: fixmap(2), fixstr "department", nil, fixstr "enforce", true
        assertEquals("82" + "aa" + HEX.formatHex("department".getBytes(StandardCharsets.UTF_8)) + "c0"
                + "a7" + HEX.formatHex("enforce".getBytes(StandardCharsets.UTF_8)) + "c3", HEX.formatHex(bytes));
    }

    @Test
    void writesUnknownAsExtensionZeroAndReadsAnyExtensionAsUnknown() {
        assertEquals("d40000", HEX.formatHex(Msgpack.encode(CtyType.STRING, Unknown.VALUE)));
        // a refined unknown (extension 12) with a "not null" refinement, as newer Terraform sends
        byte[] refined = HEX.parseHex("c7030c" + "8101c2");
        assertSame(Unknown.VALUE, Msgpack.decode(CtyType.STRING, refined));
    }

    @Test
    void roundTripsNestedCollectionsWithNullsAndUnknownsInside() {
        CtyType.ObjectOf limit = CtyType.object(map("name", CtyType.STRING, "usage", CtyType.NUMBER,
                "allowed", CtyType.list(CtyType.STRING)));
        CtyType.ObjectOf type = CtyType.object(map(
                "limits", CtyType.list(limit),
                "headroom", CtyType.map(CtyType.NUMBER),
                "classes", CtyType.set(CtyType.STRING),
                "pair", CtyType.tuple(List.of(CtyType.STRING, CtyType.BOOL))));
        Map<String, Object> value = map(
                "limits", List.of(map("name", "maxTasks", "usage", new BigDecimal("4"), "allowed", null),
                        map("name", "classes", "usage", Unknown.VALUE, "allowed", List.of("S3_SINK"))),
                "headroom", map("maxTasks", new BigDecimal("16")),
                "classes", List.of("S3_SINK", "HttpSinkV2"),
                "pair", Arrays.asList("a", null));

        Object decoded = Msgpack.decode(type, Msgpack.encode(type, value));

        assertEquals(value, decoded);
    }

    @Test
    void encodesIntegersCompactlyFractionsAsFloatsAndHugeNumbersAsStrings() {
        assertEquals("16", HEX.formatHex(Msgpack.encode(CtyType.NUMBER, 22)));
        assertEquals("cb3ff8000000000000", HEX.formatHex(Msgpack.encode(CtyType.NUMBER, new BigDecimal("1.5"))));
        String huge = "12345678901234567890.5";
        byte[] bytes = Msgpack.encode(CtyType.NUMBER, new BigDecimal(huge));
        assertEquals(new BigDecimal(huge), Msgpack.decode(CtyType.NUMBER, bytes));
        assertEquals((byte) (0xa0 | huge.length()), bytes[0], "a decimal string keeps every digit");
    }

    @Test
    void readsNumbersInEveryFormTerraformMaySend() throws Exception {
        try (MessageBufferPacker packer = MessagePack.newDefaultBufferPacker()) {
            packer.packLong(-7).packDouble(0.25).packString("1e3").packBigInteger(new java.math.BigInteger("18446744073709551615"));
            byte[] all = packer.toByteArray();
            assertEquals(new BigDecimal(-7), Msgpack.decode(CtyType.NUMBER, Arrays.copyOfRange(all, 0, 1)));
            assertEquals(new BigDecimal("0.25"), Msgpack.decode(CtyType.NUMBER, Arrays.copyOfRange(all, 1, 10)));
            assertEquals(0, new BigDecimal("1000").compareTo(
                    (BigDecimal) Msgpack.decode(CtyType.NUMBER, Arrays.copyOfRange(all, 10, 14))));
            assertEquals(new BigDecimal("18446744073709551615"),
                    Msgpack.decode(CtyType.NUMBER, Arrays.copyOfRange(all, 14, all.length)));
        }
    }

    @Test
    void roundTripsDynamicValuesWithTheirTypeOnTheWire() {
        TypedValue value = new TypedValue(CtyType.list(CtyType.NUMBER), List.of(new BigDecimal(1), new BigDecimal(2)));

        byte[] bytes = Msgpack.encode(CtyType.DYNAMIC, value);

        assertEquals((byte) 0x92, bytes[0], "a [type, value] pair");
        assertEquals(value, Msgpack.decode(CtyType.DYNAMIC, bytes));
    }

    @Test
    void decodesNullAsNullForEveryType() {
        assertNull(Msgpack.decode(CtyType.object(map("a", CtyType.STRING)), HEX.parseHex("c0")));
        assertNull(Msgpack.decode(CtyType.list(CtyType.BOOL), HEX.parseHex("c0")));
    }

    @Test
    void rejectsAValueOfTheWrongTypeNamingWhereItIs() {
        CtyType.ObjectOf type = CtyType.object(map("limits", CtyType.list(CtyType.object(map("usage", CtyType.NUMBER)))));

        CtyCodecException failure = assertThrows(CtyCodecException.class,
                () -> Msgpack.encode(type, map("limits", List.of(map("usage", "three")))));

        assertTrue(failure.getMessage().startsWith("limits[0].usage: cannot encode String three as \"number\""),
                failure.getMessage());
    }

    @Test
    void rejectsAnAttributeTheSchemaDoesNotDeclare() {
        CtyType.ObjectOf type = CtyType.object(map("department", CtyType.STRING));

        CtyCodecException failure = assertThrows(CtyCodecException.class,
                () -> Msgpack.encode(type, map("departmnt", "hr")));

        assertEquals("attribute \"departmnt\" is not part of [\"object\",{\"department\":\"string\"}]",
                failure.getMessage());
    }

    @Test
    void rejectsBytesThatAreNotMsgpackForTheType() {
        CtyCodecException failure = assertThrows(CtyCodecException.class,
                () -> Msgpack.decode(CtyType.BOOL, HEX.parseHex("a3616263")));

        assertTrue(failure.getMessage().contains("expected \"bool\", found msgpack STRING"), failure.getMessage());
    }

    @Test
    void decodesTheJsonFallbackIntoTheSameShapes() {
        CtyType.ObjectOf type = CtyType.object(map("department", CtyType.STRING, "descriptors",
                CtyType.list(CtyType.STRING), "n", CtyType.NUMBER));

        Object decoded = JsonValues.decode(type,
                "{\"department\":\"hr\",\"descriptors\":[\"a\",\"b\"],\"n\":2.5}".getBytes(StandardCharsets.UTF_8));

        assertEquals(map("department", "hr", "descriptors", List.of("a", "b"), "n", new BigDecimal("2.5")), decoded);
    }

    @SuppressWarnings("unchecked")
    static <T> Map<String, T> map(Object... namesAndValues) {
        Map<String, T> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], (T) namesAndValues[i + 1]);
        }
        return map;
    }
}
