package dev.connectonboard.provider.cty;

import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessageFormat;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessagePackException;
import org.msgpack.core.MessagePacker;
import org.msgpack.core.MessageUnpacker;
import org.msgpack.value.ValueType;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Terraform's msgpack wire format for values (docs/plugin-protocol/object-wire-format.md in Terraform's repository).
 *
 * <p>Java representation, by type: {@code string} is {@link String}; {@code number} decodes to {@link BigDecimal}
 * and encodes from any {@link Number}; {@code bool} is {@link Boolean}; lists, sets and tuples are {@link List}
 * (sets also accept any {@link Collection}); maps and objects are {@link Map} with string keys; {@code dynamic} is a
 * {@link TypedValue}. A null value is Java {@code null} and a value not known until apply is {@link Unknown#VALUE},
 * at any depth.
 */
public final class Msgpack {
    /** go-cty writes unknowns as extension 0; newer Terraform writes refined unknowns as extension 12. Any is unknown. */
    private static final byte UNKNOWN_EXTENSION = 0;

    private Msgpack() {
    }

    public static byte[] encode(CtyType type, Object value) {
        try (MessageBufferPacker packer = MessagePack.newDefaultBufferPacker()) {
            write(packer, type, value, "");
            return packer.toByteArray();
        } catch (IOException e) {
            throw new CtyCodecException("could not encode value: " + e.getMessage(), e);
        }
    }

    public static Object decode(CtyType type, byte[] bytes) {
        try (MessageUnpacker unpacker = MessagePack.newDefaultUnpacker(bytes)) {
            Object value = read(unpacker, type, "");
            if (unpacker.hasNext()) {
                throw new CtyCodecException("unexpected bytes after the value");
            }
            return value;
        } catch (IOException | MessagePackException e) {
            throw new CtyCodecException("value is not valid msgpack for " + type.toJson() + ": " + e.getMessage(), e);
        }
    }

    private static void write(MessagePacker out, CtyType type, Object value, String path) throws IOException {
        if (value == null) {
            out.packNil();
            return;
        }
        if (value == Unknown.VALUE) {
            out.packExtensionTypeHeader(UNKNOWN_EXTENSION, 1);
            out.writePayload(new byte[] {0});
            return;
        }
        if (type instanceof CtyType.Primitive primitive) {
            writePrimitive(out, primitive, value, path);
        } else if (type instanceof CtyType.ListOf list) {
            writeElements(out, list.element(), expect(value, Collection.class, type, path), path);
        } else if (type instanceof CtyType.SetOf set) {
            writeElements(out, set.element(), expect(value, Collection.class, type, path), path);
        } else if (type instanceof CtyType.TupleOf tuple) {
            List<?> elements = expect(value, List.class, type, path);
            if (elements.size() != tuple.elements().size()) {
                throw mismatch(type, value, path);
            }
            out.packArrayHeader(elements.size());
            for (int i = 0; i < elements.size(); i++) {
                write(out, tuple.elements().get(i), elements.get(i), path + "[" + i + "]");
            }
        } else if (type instanceof CtyType.MapOf map) {
            Map<?, ?> entries = expect(value, Map.class, type, path);
            out.packMapHeader(entries.size());
            for (Map.Entry<?, ?> entry : entries.entrySet()) {
                String key = String.valueOf(entry.getKey());
                out.packString(key);
                write(out, map.element(), entry.getValue(), path + "[\"" + key + "\"]");
            }
        } else if (type instanceof CtyType.ObjectOf object) {
            Map<?, ?> attributes = expect(value, Map.class, type, path);
            for (Object name : attributes.keySet()) {
                if (!object.attributes().containsKey(String.valueOf(name))) {
                    throw new CtyCodecException(at(path) + "attribute \"" + name + "\" is not part of " + type.toJson());
                }
            }
            out.packMapHeader(object.attributes().size());
            for (Map.Entry<String, CtyType> attribute : object.attributes().entrySet()) {
                out.packString(attribute.getKey());
                write(out, attribute.getValue(), attributes.get(attribute.getKey()), join(path, attribute.getKey()));
            }
        } else {
            TypedValue typed = expect(value, TypedValue.class, type, path);
            byte[] typeJson = typed.type().toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.packArrayHeader(2);
            out.packBinaryHeader(typeJson.length);
            out.writePayload(typeJson);
            write(out, typed.type(), typed.value(), path);
        }
    }

    private static void writePrimitive(MessagePacker out, CtyType.Primitive type, Object value, String path)
            throws IOException {
        switch (type) {
            case STRING -> out.packString(expect(value, String.class, type, path));
            case BOOL -> out.packBoolean(expect(value, Boolean.class, type, path));
            case NUMBER -> writeNumber(out, toBigDecimal(expect(value, Number.class, type, path)));
        }
    }

    /** Integers as msgpack integers, other numbers as float64 when that is exact, else as a decimal string. */
    private static void writeNumber(MessagePacker out, BigDecimal number) throws IOException {
        BigDecimal stripped = number.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            BigInteger integer = stripped.toBigIntegerExact();
            if (integer.bitLength() < 64) {
                out.packLong(integer.longValue());
                return;
            }
        }
        double asDouble = number.doubleValue();
        if (Double.isFinite(asDouble) && new BigDecimal(asDouble).compareTo(number) == 0) {
            out.packDouble(asDouble);
        } else {
            out.packString(number.toPlainString());
        }
    }

    private static BigDecimal toBigDecimal(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal;
        }
        if (number instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (number instanceof Double || number instanceof Float) {
            return BigDecimal.valueOf(number.doubleValue());
        }
        return BigDecimal.valueOf(number.longValue());
    }

    private static void writeElements(MessagePacker out, CtyType element, Collection<?> elements, String path)
            throws IOException {
        out.packArrayHeader(elements.size());
        int index = 0;
        for (Object item : elements) {
            write(out, element, item, path + "[" + index++ + "]");
        }
    }

    private static Object read(MessageUnpacker in, CtyType type, String path) throws IOException {
        MessageFormat format = in.getNextFormat();
        if (format == MessageFormat.NIL) {
            in.unpackNil();
            return null;
        }
        if (format.getValueType() == ValueType.EXTENSION) {
            // The payload may carry refinements (prefix, bounds); an unknown stays unknown for this provider.
            int length = in.unpackExtensionTypeHeader().getLength();
            in.readPayload(length);
            return Unknown.VALUE;
        }
        if (type instanceof CtyType.Primitive primitive) {
            return readPrimitive(in, primitive, format, path);
        }
        if (type instanceof CtyType.ListOf list) {
            return readElements(in, list.element(), path);
        }
        if (type instanceof CtyType.SetOf set) {
            return readElements(in, set.element(), path);
        }
        if (type instanceof CtyType.TupleOf tuple) {
            int size = in.unpackArrayHeader();
            if (size != tuple.elements().size()) {
                throw new CtyCodecException(at(path) + "tuple has " + size + " elements, type "
                        + type.toJson() + " has " + tuple.elements().size());
            }
            List<Object> elements = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                elements.add(read(in, tuple.elements().get(i), path + "[" + i + "]"));
            }
            return elements;
        }
        if (type instanceof CtyType.MapOf map) {
            int size = in.unpackMapHeader();
            Map<String, Object> entries = new LinkedHashMap<>();
            for (int i = 0; i < size; i++) {
                String key = in.unpackString();
                entries.put(key, read(in, map.element(), path + "[\"" + key + "\"]"));
            }
            return entries;
        }
        if (type instanceof CtyType.ObjectOf object) {
            int size = in.unpackMapHeader();
            Map<String, Object> attributes = new LinkedHashMap<>();
            object.attributes().keySet().forEach(name -> attributes.put(name, null));
            for (int i = 0; i < size; i++) {
                String name = in.unpackString();
                CtyType attributeType = object.attributes().get(name);
                if (attributeType == null) {
                    throw new CtyCodecException(at(path) + "attribute \"" + name + "\" is not part of " + type.toJson());
                }
                attributes.put(name, read(in, attributeType, join(path, name)));
            }
            return attributes;
        }
        if (in.unpackArrayHeader() != 2) {
            throw new CtyCodecException(at(path) + "a dynamic value must be a [type, value] pair");
        }
        CtyType concrete = TypeJson.parse(in.readPayload(in.unpackBinaryHeader()));
        return new TypedValue(concrete, read(in, concrete, path));
    }

    private static Object readPrimitive(MessageUnpacker in, CtyType.Primitive type, MessageFormat format, String path)
            throws IOException {
        ValueType valueType = format.getValueType();
        return switch (type) {
            case STRING -> {
                requireFormat(valueType == ValueType.STRING, type, valueType, path);
                yield in.unpackString();
            }
            case BOOL -> {
                requireFormat(valueType == ValueType.BOOLEAN, type, valueType, path);
                yield in.unpackBoolean();
            }
            case NUMBER -> switch (valueType) {
                case INTEGER -> new BigDecimal(in.unpackBigInteger());
                case FLOAT -> BigDecimal.valueOf(in.unpackDouble());
                case STRING -> parseNumber(in.unpackString(), path);
                default -> throw new CtyCodecException(at(path) + "expected a number, found msgpack " + valueType);
            };
        };
    }

    private static BigDecimal parseNumber(String text, String path) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new CtyCodecException(at(path) + "\"" + text + "\" is not a number");
        }
    }

    private static List<Object> readElements(MessageUnpacker in, CtyType element, String path) throws IOException {
        int size = in.unpackArrayHeader();
        List<Object> elements = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            elements.add(read(in, element, path + "[" + i + "]"));
        }
        return elements;
    }

    private static void requireFormat(boolean matches, CtyType type, ValueType found, String path) {
        if (!matches) {
            throw new CtyCodecException(at(path) + "expected " + type.toJson() + ", found msgpack " + found);
        }
    }

    private static <T> T expect(Object value, Class<T> javaType, CtyType type, String path) {
        if (!javaType.isInstance(value)) {
            throw mismatch(type, value, path);
        }
        return javaType.cast(value);
    }

    private static CtyCodecException mismatch(CtyType type, Object value, String path) {
        return new CtyCodecException(at(path) + "cannot encode " + value.getClass().getSimpleName() + " " + value
                + " as " + type.toJson());
    }

    private static String join(String path, String attribute) {
        return path.isEmpty() ? attribute : path + "." + attribute;
    }

    private static String at(String path) {
        return path.isEmpty() ? "" : path + ": ";
    }
}
