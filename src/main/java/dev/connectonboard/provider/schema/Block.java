package dev.connectonboard.provider.schema;

import dev.connectonboard.provider.cty.CtyType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The schema of a provider configuration or data source: a flat list of attributes. Structured results use object,
 * list and map attribute types rather than nested blocks, which keeps configuration simple for users.
 */
public record Block(String description, List<Attribute> attributes) {

    public Block {
        attributes = List.copyOf(attributes);
        Map<String, Attribute> seen = new LinkedHashMap<>();
        for (Attribute attribute : attributes) {
            if (seen.put(attribute.name(), attribute) != null) {
                throw new IllegalArgumentException("attribute \"" + attribute.name() + "\" is declared twice");
            }
        }
    }

    public static Block of(String description, Attribute... attributes) {
        return new Block(description, List.of(attributes));
    }

    /** The object type Terraform uses for values of this block on the wire. */
    public CtyType.ObjectOf valueType() {
        Map<String, CtyType> types = new LinkedHashMap<>();
        attributes.forEach(attribute -> types.put(attribute.name(), attribute.type()));
        return CtyType.object(types);
    }

    public Optional<Attribute> attribute(String name) {
        return attributes.stream().filter(attribute -> attribute.name().equals(name)).findFirst();
    }
}
