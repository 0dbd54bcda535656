package dev.connectonboard.descriptor;

import dev.connectonboard.errors.FailureKind;
import dev.connectonboard.errors.OnboardException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What {@code validate} does: read every input given, check each and across files, and collect warnings. */
public final class Validation {

    /**
     * Every valid input, what is valid but surely not meant to stay (init's placeholders), and, per source connector,
     * the topics it writes and who creates them ({@link SourceTopics#describe}).
     */
    public record Outcome(InputSet inputs, List<Problem> warnings, List<String> sourceTopics) {
    }

    /** Where {@code generate} writes by default; a renamed department is seen by the root it left there. */
    private static final Path GENERATED = Path.of("generated");

    private Validation() {
    }

    /**
     * @param platform optional platform file, checked to be one
     * @param quotas   optional quota policy, checked to be one
     * @param paths    files or folders of any kind; none means the folder the platform file names, if any
     */
    public static Outcome run(Path platform, Path quotas, List<Path> paths) {
        List<Path> all = new ArrayList<>();
        if (platform != null) {
            InputLoader.requireFile(platform, DescriptorKind.Platform);
            all.add(platform);
        }
        if (quotas != null) {
            InputLoader.requireFile(quotas, DescriptorKind.QuotaPolicy);
            all.add(quotas);
        }
        if (paths.isEmpty() && platform != null) {
            InputSet alone = InputLoader.load(all);
            DescriptorSources.namedFolder(platform, alone.platformFrom(platform).value()).ifPresent(all::add);
        }
        all.addAll(paths);
        if (all.isEmpty()) {
            throw new OnboardException(FailureKind.USAGE, "nothing to validate: pass files or folders as PATH..., "
                    + "or --platform FILE");
        }
        InputSet inputs = InputLoader.load(all);
        if (platform != null) {
            inputs.platformFrom(platform);
        }
        if (quotas != null) {
            inputs.policyFrom(quotas);
        }
        List<Problem> renamed = RenameRules.check(inputs.departments(), GENERATED);
        if (!renamed.isEmpty()) {
            throw new InvalidInputException(renamed, FailureKind.CHECK_FAILED);
        }
        List<Problem> warnings = inputs.departments().stream().flatMap(d -> Placeholders.leftIn(d).stream())
                .sorted().toList();
        List<String> sourceTopics = inputs.departments().stream()
                .flatMap(d -> SourceTopics.describe(d).stream()).toList();
        return new Outcome(inputs, warnings, sourceTopics);
    }
}
