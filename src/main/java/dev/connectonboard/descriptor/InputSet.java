package dev.connectonboard.descriptor;

import dev.connectonboard.descriptor.model.DepartmentOnboarding;
import dev.connectonboard.descriptor.model.Platform;
import dev.connectonboard.descriptor.model.QuotaPolicy;
import dev.connectonboard.errors.FailureKind;
import dev.connectonboard.errors.OnboardException;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every valid input found under the given paths, by kind, departments sorted by name.
 *
 * @param skipped files met while walking a folder that are not connect-onboard files (no apiVersion and no kind)
 */
public record InputSet(List<Loaded<Platform>> platforms, List<Loaded<QuotaPolicy>> policies,
                       List<Loaded<DepartmentOnboarding>> departments, List<Path> skipped) {

    /** The platform read from exactly this file. */
    public Loaded<Platform> platformFrom(Path file) {
        return find(platforms, file, DescriptorKind.Platform);
    }

    /** The quota policy read from exactly this file. */
    public Loaded<QuotaPolicy> policyFrom(Path file) {
        return find(policies, file, DescriptorKind.QuotaPolicy);
    }

    public Optional<Loaded<Platform>> onlyPlatform() {
        return platforms.size() == 1 ? Optional.of(platforms.get(0)) : Optional.empty();
    }

    public Optional<Loaded<DepartmentOnboarding>> department(String name) {
        return departments.stream().filter(d -> d.value().name().equals(name)).findFirst();
    }

    private <T> Loaded<T> find(List<Loaded<T>> candidates, Path file, DescriptorKind kind) {
        Path wanted = InputLoader.normalize(file);
        return candidates.stream()
                .filter(l -> InputLoader.normalize(l.file()).equals(wanted))
                .findFirst()
                .orElseThrow(() -> new OnboardException(FailureKind.USAGE, file + " is "
                        + kindOf(wanted).map(actual -> "a " + actual + " file").orElse("not among the inputs read")
                        + ", not a " + kind + " file; pass the file that says 'kind: " + kind + "'"));
    }

    private Optional<DescriptorKind> kindOf(Path normalized) {
        if (holds(platforms, normalized)) {
            return Optional.of(DescriptorKind.Platform);
        }
        if (holds(policies, normalized)) {
            return Optional.of(DescriptorKind.QuotaPolicy);
        }
        return holds(departments, normalized) ? Optional.of(DescriptorKind.DepartmentOnboarding) : Optional.empty();
    }

    private static boolean holds(List<? extends Loaded<?>> loaded, Path normalized) {
        return loaded.stream().anyMatch(l -> InputLoader.normalize(l.file()).equals(normalized));
    }
}
