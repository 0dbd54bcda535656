package dev.connectonboard.provider.schema;

import dev.connectonboard.provider.cty.CtyType;
import dev.connectonboard.provider.spi.PlanModifier;

import java.util.List;

/**
 * A nested block type of a schema ({@code block_types} in {@code terraform providers schema -json}), e.g.
 * {@code kafka_cluster { id = ... }}: its name, its own block schema, the nesting mode and item bounds (0 = none).
 * Plan modifiers on a block see the block's whole value (an object, or a list, set or map of objects).
 */
public record NestedBlock(String typeName, Block block, Nesting nesting, long minItems, long maxItems,
                          List<PlanModifier> planModifiers) {

    public NestedBlock {
        planModifiers = List.copyOf(planModifiers);
    }

    public static NestedBlock of(String typeName, Nesting nesting, Block block) {
        return new NestedBlock(typeName, block, nesting, 0, 0, List.of());
    }

    public NestedBlock withItems(long min, long max) {
        return new NestedBlock(typeName, block, nesting, min, max, planModifiers);
    }

    public NestedBlock withPlanModifiers(PlanModifier... modifiers) {
        return new NestedBlock(typeName, block, nesting, minItems, maxItems, List.of(modifiers));
    }

    /** The value type of this block in its parent object. */
    public CtyType valueType() {
        CtyType object = block.valueType();
        return switch (nesting) {
            case SINGLE, GROUP -> object;
            case LIST -> CtyType.list(object);
            case SET -> CtyType.set(object);
            case MAP -> CtyType.map(object);
        };
    }
}
