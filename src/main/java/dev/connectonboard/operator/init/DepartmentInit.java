package dev.connectonboard.operator.init;

import dev.connectonboard.descriptor.InputLoader;
import dev.connectonboard.descriptor.InvalidInputException;
import dev.connectonboard.descriptor.Loaded;
import dev.connectonboard.descriptor.Problem;
import dev.connectonboard.descriptor.model.DepartmentOnboarding;
import dev.connectonboard.errors.FailureKind;
import dev.connectonboard.operator.AtomicFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Writes a new department descriptor: checks the name, prefix and owner, refuses a clash with the existing
 * descriptors or an existing file, renders the scaffold, proves it valid with the same loader {@code validate}
 * uses (together with the existing descriptors, so the rules across files hold too), then creates the file.
 */
public final class DepartmentInit {
    private final Path descriptors;
    private final List<Loaded<DepartmentOnboarding>> existing;

    private DepartmentInit(Path descriptors, List<Loaded<DepartmentOnboarding>> existing) {
        this.descriptors = descriptors;
        this.existing = List.copyOf(existing);
    }

    /** Reads the existing descriptors under {@code descriptors}; a folder that does not exist yet holds none. */
    public static DepartmentInit in(Path descriptors) {
        Objects.requireNonNull(descriptors, "descriptors");
        if (!hasInputFiles(descriptors)) {
            return new DepartmentInit(descriptors, List.of());
        }
        try {
            return new DepartmentInit(descriptors, InputLoader.load(List.of(descriptors)).departments());
        } catch (InvalidInputException invalid) {
            throw new InitRefusedException(FailureKind.CHECK_FAILED, "the descriptors in " + descriptors + " have "
                    + invalid.getMessage() + "; init checks a new department against them, so fix those first",
                    invalid.details());
        }
    }

    public List<Loaded<DepartmentOnboarding>> existing() {
        return existing;
    }

    /** What was written and what to do next. */
    public record Result(Path written, String content) {
    }

    /**
     * The text {@link #create} would write, after the same checks, without writing it: for commands that start a
     * descriptor and add to it before writing (connect-onboard adopt).
     */
    public String scaffold(NewDepartment department) {
        check(department);
        return DescriptorScaffold.render(department);
    }

    public Result create(NewDepartment department) {
        check(department);
        Path target = department.target();
        String content = DescriptorScaffold.render(department);
        try {
            Path staged = AtomicFiles.stage(target, content);
            try {
                proveValid(staged);
                Files.move(staged, target);
            } finally {
                Files.deleteIfExists(staged);
            }
        } catch (FileAlreadyExistsException appeared) {
            throw refused(FailureKind.USAGE, List.of(target + " appeared while init was writing it; init never"
                    + " overwrites a file"));
        } catch (IOException e) {
            throw refused(FailureKind.USAGE, List.of("cannot write " + target + ": " + e.getMessage()
                    + "; pass an --out path in a writable folder"));
        }
        return new Result(target, content);
    }

    private void check(NewDepartment department) {
        List<String> usage = new ArrayList<>();
        NameRules.checkName(department.name()).ifPresent(usage::add);
        NameRules.checkPrefix(department.prefix()).ifPresent(usage::add);
        if (department.owner() != null) {
            NameRules.checkOwner(department.owner()).ifPresent(usage::add);
        }
        Path target = department.target();
        if (Files.exists(target)) {
            usage.add(target + " already exists; init never overwrites a file. Edit it, or pass another --out");
        }
        if (!usage.isEmpty()) {
            throw refused(FailureKind.USAGE, usage);
        }
        List<String> clashes = new ArrayList<>();
        NameRules.nameClash(department.name(), existing).ifPresent(clashes::add);
        NameRules.prefixClash(department.prefix(), existing).ifPresent(clashes::add);
        if (!clashes.isEmpty()) {
            throw refused(FailureKind.CHECK_FAILED, clashes);
        }
    }

    private void proveValid(Path staged) {
        List<Path> inputs = new ArrayList<>();
        if (hasInputFiles(descriptors)) {
            inputs.add(descriptors);
        }
        inputs.add(staged);
        try {
            InputLoader.load(inputs);
        } catch (InvalidInputException invalid) {
            // the checks above admit only values the scaffold is valid with; reaching this is a bug in init
            throw new IllegalStateException("init produced a descriptor the loader rejects: "
                    + invalid.problems().stream().map(Problem::toString).toList(), invalid);
        }
    }

    /** A new repository has no descriptors folder yet, or an empty one: nothing to clash with. */
    private static boolean hasInputFiles(Path path) {
        if (!Files.isDirectory(path)) {
            return Files.exists(path);
        }
        try (Stream<Path> files = Files.walk(path)) {
            return files.anyMatch(f -> Files.isRegularFile(f) && !f.getFileName().toString().startsWith(".")
                    && f.getFileName().toString().matches(".*\\.(ya?ml|json)$"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InitRefusedException refused(FailureKind kind, List<String> reasons) {
        String message = reasons.size() == 1 ? reasons.get(0)
                : "init wrote nothing: " + reasons.size() + " problems (listed above)";
        return new InitRefusedException(kind, message, reasons.size() == 1 ? List.of() : reasons);
    }
}
