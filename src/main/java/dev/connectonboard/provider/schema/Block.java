package dev.connectonboard.provider.schema;

import dev.connectonboard.provider.cty.CtyType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The schema of a provider configuration, data source or managed resource: attributes and nested blocks. The
 * top-level block of a resource carries its schema {@code version} (stored with the state; see
 * {@code ResourceWithUpgradeState}). The connect-onboard provider's own schemas use flat attributes with object,
 * list and map types; nested blocks exist so the bridge can serve real providers' schemas exactly.
 */
public record Block(String description, List<Attribute> attributes, List<NestedBlock> blocks, long version,
                    boolean deprecated) {

    public Block {
        attributes = List.copyOf(attributes);
        blocks = List.copyOf(blocks);
        Map<String, Object> seen = new LinkedHashMap<>();
        for (Attribute attribute : attributes) {
            if (seen.put(attribute.name(), attribute) != null) {
                throw new IllegalArgumentException("attribute \"" + attribute.name() + "\" is declared twice");
            }
        }
        for (NestedBlock block : blocks) {
            if (seen.put(block.typeName(), block) != null) {
                throw new IllegalArgumentException("\"" + block.typeName() + "\" is declared twice");
            }
        }
    }

    public Block(String description, List<Attribute> attributes) {
        this(description, attributes, List.of(), 0, false);
    }

    public static Block of(String description, Attribute... attributes) {
        return new Block(description, List.of(attributes));
    }

    public Block withBlocks(NestedBlock... nested) {
        return new Block(description, attributes, List.of(nested), version, deprecated);
    }

    public Block withVersion(long schemaVersion) {
        return new Block(description, attributes, blocks, schemaVersion, deprecated);
    }

    /** The object type Terraform uses for values of this block on the wire: attributes, then nested blocks. */
    public CtyType.ObjectOf valueType() {
        Map<String, CtyType> types = new LinkedHashMap<>();
        attributes.forEach(attribute -> types.put(attribute.name(), attribute.type()));
        blocks.forEach(block -> types.put(block.typeName(), block.valueType()));
        return CtyType.object(types);
    }

    public Optional<Attribute> attribute(String name) {
        return attributes.stream().filter(attribute -> attribute.name().equals(name)).findFirst();
    }

    public Optional<NestedBlock> block(String typeName) {
        return blocks.stream().filter(block -> block.typeName().equals(typeName)).findFirst();
    }
}
