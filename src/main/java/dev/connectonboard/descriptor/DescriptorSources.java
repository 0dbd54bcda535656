package dev.connectonboard.descriptor;

import dev.connectonboard.descriptor.model.DepartmentOnboarding;
import dev.connectonboard.descriptor.model.Platform;
import dev.connectonboard.errors.FailureKind;
import dev.connectonboard.errors.OnboardException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which department descriptors a command reads, and the check that they are what it was given: every command that
 * takes descriptor paths goes through here, so a wrong path is the same usage error (exit 2) everywhere.
 */
public final class DescriptorSources {

    /** What a command loaded: the platform, the descriptor paths actually read, and every valid input. */
    public record Selection(InputSet inputs, Loaded<Platform> platform, List<Path> descriptorPaths) {
        public List<Loaded<DepartmentOnboarding>> departments() {
            return inputs.departments();
        }
    }

    private DescriptorSources() {
    }

    /**
     * The descriptor paths to read: those given, else the folder the platform file names in {@code descriptors}.
     * Never a default folder: a repository has its own layout, so without either the command says what to pass.
     */
    public static List<Path> resolve(Path platformFile, List<Path> given) {
        if (!given.isEmpty()) {
            return List.copyOf(given);
        }
        if (platformFile == null) {
            throw new OnboardException(FailureKind.USAGE, "no department descriptors given: pass their files or "
                    + "folders as PATH...");
        }
        InputLoader.requireFile(platformFile, DescriptorKind.Platform);
        Platform platform = InputLoader.load(List.of(platformFile)).platformFrom(platformFile).value();
        return List.of(namedFolder(platformFile, platform).orElseThrow(() -> new OnboardException(FailureKind.USAGE,
                "no department descriptors given: pass their files or folders as PATH..., or name their folder in "
                        + platformFile + " with 'descriptors: <folder relative to the platform file>'")));
    }

    /** The folder the platform file names in {@code descriptors}, resolved against the platform file's folder. */
    public static Optional<Path> namedFolder(Path platformFile, Platform platform) {
        if (platform.descriptors() == null) {
            return Optional.empty();
        }
        Path parent = platformFile.getParent();
        Path folder = (parent == null ? Path.of(platform.descriptors()) : parent.resolve(platform.descriptors()))
                .normalize();
        Path shown = folder.toString().isEmpty() ? Path.of(".") : folder;
        if (!Files.isDirectory(shown)) {
            throw new OnboardException(FailureKind.USAGE, platformFile + " names 'descriptors: "
                    + platform.descriptors() + "', but there is no folder " + shown + "; fix the field (it is "
                    + "relative to the platform file) or pass the descriptors as PATH...");
        }
        return Optional.of(shown);
    }

    /**
     * Loads the platform file and the department descriptors (those given, else the platform's folder) and checks
     * that the descriptor paths hold departments: a file of another kind, or no department at all, is a usage error.
     */
    public static Selection load(Path platformFile, List<Path> given) {
        List<Path> descriptorPaths = resolve(platformFile, given);
        InputSet inputs = InputLoader.load(platformFile, descriptorPaths);
        Loaded<Platform> platform = inputs.platformFrom(platformFile);
        requireDepartments(inputs, descriptorPaths, platformFile);
        return new Selection(inputs, platform, descriptorPaths);
    }

    /**
     * Fails with a usage error unless every file named among {@code descriptorPaths} is a department descriptor and
     * together they hold at least one; {@code platformFile} may be null. A platform or quota file passed where
     * descriptors go is the classic wrong CI variable: it must never pass a gate as "0 departments, all fine".
     */
    public static void requireDepartments(InputSet inputs, List<Path> descriptorPaths, Path platformFile) {
        for (Path path : descriptorPaths) {
            if (Files.isRegularFile(path) && !holds(inputs.departments(), path)) {
                String kind = kindOf(inputs, path);
                throw new OnboardException(FailureKind.USAGE, path + " is " + kind + ", not a department "
                        + "descriptor (kind: DepartmentOnboarding); descriptor PATHs name department files or "
                        + "folders" + (kind.contains("Platform") ? ", the platform file goes with --platform"
                        : kind.contains("QuotaPolicy") ? ", the quota policy with --quotas" : ""));
            }
        }
        if (inputs.departments().isEmpty()) {
            throw new OnboardException(FailureKind.USAGE, "no department descriptors (kind: DepartmentOnboarding) in "
                    + descriptorPaths.stream().map(Path::toString).collect(Collectors.joining(", "))
                    + "; pass the descriptor files or the folder that holds them");
        }
    }

    /**
     * The department of that name; a usage error with "did you mean" when no descriptor declares it. Commands call
     * this before they ask for credentials, so a typo is exit 2 on any machine, not exit 3 on one without a key.
     */
    public static Loaded<DepartmentOnboarding> requireDepartment(List<Loaded<DepartmentOnboarding>> departments,
                                                                 String name) {
        List<String> names = departments.stream().map(d -> d.value().name()).toList();
        return departments.stream().filter(d -> d.value().name().equals(name)).findFirst()
                .orElseThrow(() -> new OnboardException(FailureKind.USAGE, "no descriptor declares department '"
                        + StructuralValidator.printable(name) + "'" + Suggestions.didYouMean(name, names)
                        + (names.isEmpty() ? "; no department descriptors were found (check the descriptor PATHs)"
                        : names.size() <= 20 ? "; known departments: " + String.join(", ", names)
                        : "; " + names.size() + " departments are declared")));
    }

    private static String kindOf(InputSet inputs, Path path) {
        if (holds(inputs.platforms(), path)) {
            return "a Platform file";
        }
        return holds(inputs.policies(), path) ? "a QuotaPolicy file" : "not a connect-onboard file";
    }

    private static boolean holds(List<? extends Loaded<?>> loaded, Path path) {
        Path wanted = InputLoader.normalize(path);
        return loaded.stream().anyMatch(l -> InputLoader.normalize(l.file()).equals(wanted));
    }
}
