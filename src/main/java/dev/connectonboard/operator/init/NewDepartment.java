package dev.connectonboard.operator.init;

import dev.connectonboard.descriptor.Placeholders;
import dev.connectonboard.descriptor.model.ConnectRuntime;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@code init} needs to write a descriptor.
 *
 * @param owner       the owner's e-mail; null writes a placeholder the next steps ask to replace
 * @param descriptors the folder of existing descriptors: checked for clashes, and where the file goes by default
 * @param out         the file to write; null writes {@code descriptors/<name>.yaml}
 */
public record NewDepartment(String name, String prefix, ConnectRuntime runtime, String owner, Path descriptors,
                            Path out) {

    public NewDepartment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(runtime, "runtime");
        Objects.requireNonNull(descriptors, "descriptors");
    }

    public Path target() {
        return out != null ? out : descriptors.resolve(name + ".yaml");
    }

    /** The owner to write: the given one, or a placeholder that passes validation and stands out in review. */
    public String ownerOrPlaceholder() {
        return owner != null ? owner : placeholderOwner(name);
    }

    /** True when no real owner was given, so the next steps ask to replace the placeholder. */
    public boolean hasPlaceholderOwner() {
        return owner == null || owner.equals(placeholderOwner(name));
    }

    public static String placeholderOwner(String name) {
        return Placeholders.owner(name);
    }
}
