package dev.connectonboard.provider.cty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Terraform (cty) type. Schemas declare attributes with these, and the msgpack codec uses them to read and write
 * values, because Terraform's wire format is only meaningful together with the type it was written for.
 */
public sealed interface CtyType {

    /** The type constraint as the compact JSON Terraform expects in a schema, e.g. {@code ["list","string"]}. */
    String toJson();

    CtyType STRING = Primitive.STRING;
    CtyType NUMBER = Primitive.NUMBER;
    CtyType BOOL = Primitive.BOOL;
    CtyType DYNAMIC = new Dynamic();

    static CtyType list(CtyType element) {
        return new ListOf(element);
    }

    static CtyType set(CtyType element) {
        return new SetOf(element);
    }

    static CtyType map(CtyType element) {
        return new MapOf(element);
    }

    static ObjectOf object(Map<String, CtyType> attributes) {
        return new ObjectOf(attributes);
    }

    static CtyType tuple(List<CtyType> elements) {
        return new TupleOf(elements);
    }

    enum Primitive implements CtyType {
        STRING("string"), NUMBER("number"), BOOL("bool");

        private final String json;

        Primitive(String name) {
            this.json = '"' + name + '"';
        }

        @Override
        public String toJson() {
            return json;
        }
    }

    /** Any type, decided at run time; on the wire the value carries its own type. */
    record Dynamic() implements CtyType {
        @Override
        public String toJson() {
            return "\"dynamic\"";
        }
    }

    record ListOf(CtyType element) implements CtyType {
        @Override
        public String toJson() {
            return "[\"list\"," + element.toJson() + "]";
        }
    }

    record SetOf(CtyType element) implements CtyType {
        @Override
        public String toJson() {
            return "[\"set\"," + element.toJson() + "]";
        }
    }

    record MapOf(CtyType element) implements CtyType {
        @Override
        public String toJson() {
            return "[\"map\"," + element.toJson() + "]";
        }
    }

    /** An object with a fixed set of attributes, in declaration order. */
    record ObjectOf(Map<String, CtyType> attributes) implements CtyType {
        public ObjectOf {
            attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        }

        @Override
        public String toJson() {
            StringBuilder json = new StringBuilder("[\"object\",{");
            String separator = "";
            for (Map.Entry<String, CtyType> attribute : attributes.entrySet()) {
                json.append(separator).append(JsonStrings.quote(attribute.getKey())).append(':')
                        .append(attribute.getValue().toJson());
                separator = ",";
            }
            return json.append("}]").toString();
        }
    }

    record TupleOf(List<CtyType> elements) implements CtyType {
        public TupleOf {
            elements = List.copyOf(elements);
        }

        @Override
        public String toJson() {
            StringBuilder json = new StringBuilder("[\"tuple\",[");
            String separator = "";
            for (CtyType element : elements) {
                json.append(separator).append(element.toJson());
                separator = ",";
            }
            return json.append("]]").toString();
        }
    }
}
