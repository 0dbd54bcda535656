package dev.connectonboard.generate;

import dev.connectonboard.descriptor.Loaded;
import dev.connectonboard.descriptor.model.DepartmentOnboarding;
import dev.connectonboard.descriptor.model.Platform;

import java.nio.file.Path;
import java.util.List;

/**
 * What to generate and where.
 *
 * @param outDir           where department folders go ({@code generated/}); paths in headers are relative to its
 *                         parent (the repository root in practice), so a department's files never depend on the
 *                         working folder or on which descriptor paths were given
 * @param modulesDir       the folder holding the hand-written modules ({@code modules/})
 * @param descriptorFolder the folder the platform file names in {@code descriptors}, or null
 */
public record GenerationRequest(Loaded<Platform> platform, List<Loaded<DepartmentOnboarding>> departments,
                                Path outDir, Path modulesDir, Path descriptorFolder) {

    /** The folder every path in a header is written relative to: the output folder's parent. */
    public Path headerBase() {
        Path parent = outDir.toAbsolutePath().normalize().getParent();
        return parent == null ? outDir.toAbsolutePath().normalize() : parent;
    }
}
