package dev.connectonboard.provider.cty;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.connectonboard.provider.cty.MsgpackTest.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TypeJsonTest {

    @Test
    void writesTheCompactJsonTerraformReadsInSchemas() {
        CtyType type = CtyType.list(CtyType.object(map("name", CtyType.STRING, "tasks",
                CtyType.map(CtyType.NUMBER), "pair", CtyType.tuple(List.of(CtyType.BOOL, CtyType.DYNAMIC)))));

        assertEquals("[\"list\",[\"object\",{\"name\":\"string\",\"tasks\":[\"map\",\"number\"],"
                + "\"pair\":[\"tuple\",[\"bool\",\"dynamic\"]]}]]", type.toJson());
    }

    @Test
    void readsBackWhatItWrites() {
        CtyType type = CtyType.set(CtyType.object(map("a \"quoted\" name", CtyType.list(CtyType.NUMBER))));

        assertEquals(type, TypeJson.parse(type.toJson()));
    }

    @Test
    void rejectsAnUnknownTypeKind() {
        CtyCodecException failure = assertThrows(CtyCodecException.class, () -> TypeJson.parse("[\"bag\",\"string\"]"));

        assertEquals("unknown type kind \"bag\"", failure.getMessage());
    }
}
