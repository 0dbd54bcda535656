package dev.connectonboard.generate;

import dev.connectonboard.descriptor.Loaded;
import dev.connectonboard.descriptor.model.DepartmentOnboarding;
import dev.connectonboard.descriptor.model.Platform;

import java.nio.file.Path;
import java.util.List;

/**
 * What to generate and where.
 *
 * @param workingDir      the folder relative paths in headers are written from (the repo root in practice)
 * @param outDir          where department folders go ({@code generated/})
 * @param modulesDir      the folder holding the hand-written modules ({@code modules/})
 * @param regenerateCommand the command printed in every header, so a reader knows how to refresh the file
 */
public record GenerationRequest(Loaded<Platform> platform, List<Loaded<DepartmentOnboarding>> departments,
                                Path workingDir, Path outDir, Path modulesDir, String regenerateCommand) {
}
