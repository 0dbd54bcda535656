package dev.connectonboard.provider.protocol;

import dev.connectonboard.provider.schema.Attribute;
import dev.connectonboard.provider.schema.Block;
import dev.connectonboard.provider.schema.NestedBlock;

import java.util.Map;

/** Write-only attributes (Terraform 1.11) reach the provider in the configuration only: plans and states hold null. */
final class WriteOnlyValues {
    private WriteOnlyValues() {
    }

    static void nullify(Block block, Map<String, Object> value) {
        if (value == null) {
            return;
        }
        for (Attribute attribute : block.attributes()) {
            if (attribute.writeOnly()) {
                value.put(attribute.name(), null);
            }
        }
        for (NestedBlock nested : block.blocks()) {
            ComputedUnknowns.forEachElement(nested.nesting(), nested.block().attributes(), null,
                    value.get(nested.typeName()), (config, element) -> nullify(nested.block(), element));
        }
    }
}
