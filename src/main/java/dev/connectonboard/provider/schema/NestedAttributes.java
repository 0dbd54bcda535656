package dev.connectonboard.provider.schema;

import dev.connectonboard.provider.cty.CtyType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The type of an attribute that holds structured values with their own attribute schemas (Terraform's "nested
 * attribute types", {@code nested_type} in {@code terraform providers schema -json}): one object, or a list, set or
 * map of them. Unlike nested blocks they are assigned with {@code =} and may be computed.
 */
public record NestedAttributes(Nesting nesting, List<Attribute> attributes) {

    public NestedAttributes {
        if (nesting == Nesting.GROUP) {
            throw new IllegalArgumentException("nested attributes cannot use GROUP nesting (blocks only)");
        }
        attributes = List.copyOf(attributes);
    }

    public CtyType.ObjectOf objectType() {
        Map<String, CtyType> types = new LinkedHashMap<>();
        attributes.forEach(attribute -> types.put(attribute.name(), attribute.type()));
        return CtyType.object(types);
    }

    /** The attribute's value type: the object, or a collection of it. */
    public CtyType valueType() {
        CtyType object = objectType();
        return switch (nesting) {
            case SINGLE, GROUP -> object;
            case LIST -> CtyType.list(object);
            case SET -> CtyType.set(object);
            case MAP -> CtyType.map(object);
        };
    }
}
