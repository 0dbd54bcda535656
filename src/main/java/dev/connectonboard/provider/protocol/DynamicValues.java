package dev.connectonboard.provider.protocol;

import com.google.protobuf.ByteString;
import dev.connectonboard.provider.cty.CtyType;
import dev.connectonboard.provider.cty.JsonValues;
import dev.connectonboard.provider.cty.Msgpack;
import dev.connectonboard.provider.proto.tfplugin6.Tfplugin6;

import java.util.LinkedHashMap;
import java.util.Map;

/** Reads and writes the protocol's DynamicValue: msgpack, falling back to JSON when that is what Terraform sent. */
final class DynamicValues {
    private DynamicValues() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> decodeObject(CtyType.ObjectOf type, Tfplugin6.DynamicValue value) {
        Object decoded;
        if (!value.getMsgpack().isEmpty()) {
            decoded = Msgpack.decode(type, value.getMsgpack().toByteArray());
        } else if (!value.getJson().isEmpty()) {
            decoded = JsonValues.decode(type, value.getJson().toByteArray());
        } else {
            decoded = null;
        }
        if (decoded == null) {
            // An absent block reads as an object whose attributes are all null.
            Map<String, Object> empty = new LinkedHashMap<>();
            type.attributes().keySet().forEach(name -> empty.put(name, null));
            return empty;
        }
        return (Map<String, Object>) decoded;
    }

    /** The object, or null when Terraform sent a null value (no prior state, a planned destroy, ...). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> decodeNullable(CtyType.ObjectOf type, Tfplugin6.DynamicValue value) {
        Object decoded;
        if (!value.getMsgpack().isEmpty()) {
            decoded = Msgpack.decode(type, value.getMsgpack().toByteArray());
        } else if (!value.getJson().isEmpty()) {
            decoded = JsonValues.decode(type, value.getJson().toByteArray());
        } else {
            decoded = null;
        }
        return (Map<String, Object>) decoded;
    }

    static Tfplugin6.DynamicValue encode(CtyType type, Object value) {
        return Tfplugin6.DynamicValue.newBuilder()
                .setMsgpack(ByteString.copyFrom(Msgpack.encode(type, value)))
                .build();
    }
}
