package dev.connectonboard.provider.schema;

import com.google.protobuf.ByteString;
import dev.connectonboard.provider.proto.tfplugin6.Tfplugin6;

import java.nio.charset.StandardCharsets;

/** Turns schema objects into the protocol's Schema messages. */
public final class SchemaMessages {
    private SchemaMessages() {
    }

    public static Tfplugin6.Schema toMessage(Block block) {
        Tfplugin6.Schema.Block.Builder message = Tfplugin6.Schema.Block.newBuilder()
                .setDescription(block.description())
                .setDescriptionKind(Tfplugin6.StringKind.MARKDOWN);
        for (Attribute attribute : block.attributes()) {
            message.addAttributes(toMessage(attribute));
        }
        return Tfplugin6.Schema.newBuilder().setVersion(0).setBlock(message).build();
    }

    private static Tfplugin6.Schema.Attribute toMessage(Attribute attribute) {
        return Tfplugin6.Schema.Attribute.newBuilder()
                .setName(attribute.name())
                .setType(ByteString.copyFrom(attribute.type().toJson(), StandardCharsets.UTF_8))
                .setDescription(attribute.description())
                .setDescriptionKind(Tfplugin6.StringKind.MARKDOWN)
                .setRequired(attribute.use() == Attribute.Use.REQUIRED)
                .setOptional(attribute.use() == Attribute.Use.OPTIONAL || attribute.use() == Attribute.Use.OPTIONAL_COMPUTED)
                .setComputed(attribute.use() == Attribute.Use.COMPUTED || attribute.use() == Attribute.Use.OPTIONAL_COMPUTED)
                .setSensitive(attribute.sensitive())
                .build();
    }
}
