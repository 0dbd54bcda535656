package dev.connectonboard.standin;

import dev.connectonboard.provider.schema.Attribute;
import dev.connectonboard.provider.schema.Block;
import dev.connectonboard.provider.schema.NestedAttributes;
import dev.connectonboard.provider.schema.NestedBlock;
import dev.connectonboard.provider.spi.PlanModifier;
import dev.connectonboard.provider.spi.PlanModifiers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A real resource schema with the behaviour of the real provider attached as plan modifiers: every computed value
 * is kept from the prior state on update (terraform-plugin-sdk/v2 keeps computed values unless the provider says
 * otherwise), and each {@code ForceNew} attribute or block, and each conditional replacement, replaces the resource.
 */
final class StandInSchema {
    private StandInSchema() {
    }

    static Block withBehaviour(String type, Block schema, Flavour flavour) {
        return block(type, schema, "", flavour.forceNew(type), flavour).withVersion(schema.version());
    }

    private static Block block(String type, Block block, String prefix, Set<String> forceNew, Flavour flavour) {
        List<Attribute> attributes = new ArrayList<>();
        for (Attribute attribute : block.attributes()) {
            attributes.add(attribute(type, attribute, prefix, forceNew, flavour));
        }
        List<NestedBlock> blocks = new ArrayList<>();
        for (NestedBlock nested : block.blocks()) {
            String path = prefix + nested.typeName();
            Block inner = block(type, nested.block(), path + ".", forceNew, flavour);
            NestedBlock rebuilt = new NestedBlock(nested.typeName(), inner, nested.nesting(), nested.minItems(),
                    nested.maxItems(), forceNew.contains(path) ? List.of(PlanModifiers.requiresReplace()) : List.of());
            blocks.add(rebuilt);
        }
        return new Block(block.description(), attributes, blocks, block.version(), block.deprecated());
    }

    private static Attribute attribute(String type, Attribute attribute, String prefix, Set<String> forceNew,
                                       Flavour flavour) {
        String path = prefix + attribute.name();
        List<PlanModifier> modifiers = new ArrayList<>();
        if (attribute.use().computed()) {
            modifiers.add(PlanModifiers.useStateForUnknown());
        }
        if (forceNew.contains(path)) {
            modifiers.add(PlanModifiers.requiresReplace());
        }
        modifiers.add(PlanModifiers.requiresReplaceIf(
                plan -> flavour.forcesNewIfChanged(type, path, plan.prior(), plan.planned()),
                "the provider replaces the resource for this change"));
        NestedAttributes nested = attribute.nestedType();
        if (nested != null) {
            List<Attribute> inner = new ArrayList<>();
            nested.attributes().forEach(a -> inner.add(attribute(type, a, path + ".", forceNew, flavour)));
            nested = new NestedAttributes(nested.nesting(), inner);
        }
        return new Attribute(attribute.name(), attribute.type(), attribute.use(), attribute.sensitive(),
                attribute.description(), attribute.deprecated(), attribute.writeOnly(), nested, modifiers);
    }
}
