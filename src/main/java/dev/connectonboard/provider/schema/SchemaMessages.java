package dev.connectonboard.provider.schema;

import com.google.protobuf.ByteString;
import dev.connectonboard.provider.proto.tfplugin6.Tfplugin6;

import java.nio.charset.StandardCharsets;

/** Turns schema objects into the protocol's Schema messages. */
public final class SchemaMessages {
    private SchemaMessages() {
    }

    public static Tfplugin6.Schema toMessage(Block block) {
        return Tfplugin6.Schema.newBuilder().setVersion(block.version()).setBlock(blockMessage(block)).build();
    }

    private static Tfplugin6.Schema.Block blockMessage(Block block) {
        Tfplugin6.Schema.Block.Builder message = Tfplugin6.Schema.Block.newBuilder()
                .setVersion(block.version())
                .setDescription(nonNull(block.description()))
                .setDescriptionKind(Tfplugin6.StringKind.MARKDOWN)
                .setDeprecated(block.deprecated());
        for (Attribute attribute : block.attributes()) {
            message.addAttributes(toMessage(attribute));
        }
        for (NestedBlock nested : block.blocks()) {
            message.addBlockTypes(Tfplugin6.Schema.NestedBlock.newBuilder()
                    .setTypeName(nested.typeName())
                    .setBlock(blockMessage(nested.block()))
                    .setNesting(Tfplugin6.Schema.NestedBlock.NestingMode.valueOf(nested.nesting().name()))
                    .setMinItems(nested.minItems())
                    .setMaxItems(nested.maxItems()));
        }
        return message.build();
    }

    private static Tfplugin6.Schema.Attribute toMessage(Attribute attribute) {
        Tfplugin6.Schema.Attribute.Builder message = Tfplugin6.Schema.Attribute.newBuilder()
                .setName(attribute.name())
                .setDescription(nonNull(attribute.description()))
                .setDescriptionKind(Tfplugin6.StringKind.MARKDOWN)
                .setRequired(attribute.use() == Attribute.Use.REQUIRED)
                .setOptional(attribute.use() == Attribute.Use.OPTIONAL || attribute.use() == Attribute.Use.OPTIONAL_COMPUTED)
                .setComputed(attribute.use().computed())
                .setSensitive(attribute.sensitive())
                .setDeprecated(attribute.deprecated())
                .setWriteOnly(attribute.writeOnly());
        if (attribute.nestedType() == null) {
            // Terraform takes either a type or a nested type, never both.
            message.setType(ByteString.copyFrom(attribute.type().toJson(), StandardCharsets.UTF_8));
        } else {
            Tfplugin6.Schema.Object.Builder object = Tfplugin6.Schema.Object.newBuilder()
                    .setNesting(Tfplugin6.Schema.Object.NestingMode.valueOf(attribute.nestedType().nesting().name()));
            attribute.nestedType().attributes().forEach(nested -> object.addAttributes(toMessage(nested)));
            message.setNestedType(object);
        }
        return message.build();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
