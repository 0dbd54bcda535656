package dev.connectonboard.descriptor;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.connectonboard.descriptor.model.DepartmentOnboarding;
import dev.connectonboard.descriptor.model.Platform;
import dev.connectonboard.descriptor.model.QuotaPolicy;
import dev.connectonboard.errors.FailureKind;
import dev.connectonboard.errors.OnboardException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads files and folders of inputs, checks each against its kind's schema and rules, then the rules across files.
 * Either every input is valid and an {@link InputSet} comes back, or an {@link InvalidInputException} lists every
 * problem found in one go.
 */
public final class InputLoader {
    private static final ObjectMapper BINDER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final LocatingTreeReader reader = new LocatingTreeReader();
    private final StructuralValidator structure = new StructuralValidator();

    public static InputSet load(List<Path> paths) {
        return new InputLoader().loadAll(paths);
    }

    /** Loads the platform file (which must be a file, not a folder) and the descriptors. */
    public static InputSet load(Path platform, List<Path> descriptors) {
        requireFile(platform, DescriptorKind.Platform);
        List<Path> all = new ArrayList<>();
        all.add(platform);
        all.addAll(descriptors);
        return load(all);
    }

    /**
     * Refuses a folder (or nothing) where one file of this kind belongs, before anything is read: reading the folder
     * would load every file in it and fail on the wrong count.
     */
    public static void requireFile(Path file, DescriptorKind kind) {
        if (!Files.exists(file)) {
            throw new InputNotFoundException(file);
        }
        if (Files.isDirectory(file)) {
            String candidates = filesOfKindIn(file, kind);
            throw new OnboardException(FailureKind.USAGE, file + " is a folder; the " + kind + " input is one file"
                    + (candidates.isEmpty() ? " (kind: " + kind + ")" : ", such as " + candidates));
        }
    }

    /** Files directly in the folder whose first lines say {@code kind: <kind>}, for the message. */
    private static String filesOfKindIn(Path folder, DescriptorKind kind) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches(".*\\.(ya?ml|json)"))
                    .filter(p -> declaresKind(p, kind))
                    .sorted()
                    .limit(3)
                    .map(Path::toString)
                    .collect(java.util.stream.Collectors.joining(" or "));
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    private static boolean declaresKind(Path file, DescriptorKind kind) {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8);
            return head.matches("(?s).*\"?kind\"?\\s*:\\s*\"?" + kind + "\\b.*");
        } catch (IOException e) {
            return false;
        }
    }

    public InputSet loadAll(List<Path> paths) {
        List<Problem> problems = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        List<Loaded<Platform>> platforms = new ArrayList<>();
        List<Loaded<QuotaPolicy>> policies = new ArrayList<>();
        List<Loaded<DepartmentOnboarding>> departments = new ArrayList<>();

        // folders that hold no inputs: a wrong path (usage) when nothing else is wrong
        List<Problem> wrongPaths = new ArrayList<>();
        List<Candidate> candidates = candidates(paths, wrongPaths);
        Set<Path> foldersWithOwnFiles = new HashSet<>();
        // Files are independent until the cross-file rules, so they are read and checked in parallel; the results
        // are then taken in the order the files were found, so output and problem order never depend on timing.
        List<FileOutcome> outcomes = candidates.parallelStream().map(this::examine).toList();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate candidate = candidates.get(i);
            FileOutcome outcome = outcomes.get(i);
            problems.addAll(outcome.problems());
            if (outcome.foreign()) {
                skipped.add(candidate.file());
                continue;
            }
            if (candidate.foundInFolder() && outcome.parsed()) {
                foldersWithOwnFiles.add(candidate.folder());
            }
            if (outcome.loaded() != null) {
                switch (outcome.kind()) {
                    case Platform -> platforms.add(cast(outcome.loaded()));
                    case QuotaPolicy -> policies.add(cast(outcome.loaded()));
                    case DepartmentOnboarding -> departments.add(cast(outcome.loaded()));
                }
            }
        }
        candidates.stream()
                .filter(c -> c.foundInFolder() && !foldersWithOwnFiles.contains(c.folder()))
                .filter(c -> skipped.contains(c.file()))
                .map(Candidate::folder)
                .distinct()
                .forEach(folder -> wrongPaths.add(new Problem(folder, Location.START, "", "no connect-onboard files in "
                        + "this folder: its YAML and JSON files do not declare 'apiVersion: "
                        + DescriptorKind.API_VERSION + "'; pass the folder that holds the department descriptors")));
        if (policies.size() > 1) {
            for (Loaded<QuotaPolicy> extra : policies.subList(1, policies.size())) {
                problems.add(new Problem(extra.file(), extra.locate("/kind"), "kind", "a second QuotaPolicy (the first "
                        + "is " + policies.get(0).file() + "); pass exactly one quota policy"));
            }
        }
        for (Loaded<Platform> loaded : platforms) {
            problems.addAll(PlatformRules.check(loaded));
        }
        Platform platform = platforms.size() == 1 ? platforms.get(0).value() : null;
        QuotaPolicy policy = policies.size() == 1 ? policies.get(0).value() : null;
        // Each department's own rules read only that department, the platform and the policy, so they are checked in
        // parallel too (on one core they were the sequential tail of reading); problems keep the departments' order.
        departments.parallelStream().map(department -> DepartmentRules.check(department, platform, policy)).toList()
                .forEach(problems::addAll);
        problems.addAll(CrossFileRules.check(departments));
        if (policies.size() == 1) {
            problems.addAll(PolicyOverrides.undeclared(policies.get(0), departments,
                    candidates.stream().anyMatch(Candidate::foundInFolder)));
        }
        if (!problems.isEmpty()) {
            problems.addAll(wrongPaths);
            throw new InvalidInputException(problems, FailureKind.CHECK_FAILED, skipped);
        }
        if (!wrongPaths.isEmpty()) {
            throw new InvalidInputException(wrongPaths, FailureKind.USAGE, skipped);
        }
        departments.sort(Comparator.comparing(d -> d.value().name()));
        return new InputSet(List.copyOf(platforms), List.copyOf(policies), List.copyOf(departments),
                List.copyOf(skipped));
    }

    private DescriptorKind kindOf(ParsedFile parsed, List<Problem> problems) {
        JsonNode tree = parsed.tree();
        if (!tree.isObject()) {
            problems.add(new Problem(parsed.file(), Location.START, "", "expected a mapping with apiVersion and kind "
                    + "at the top of the file, found " + tree.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
            return null;
        }
        DescriptorKind kind = declaredKind(parsed, problems);
        JsonNode apiVersion = tree.get("apiVersion");
        if (apiVersion == null) {
            // when the kind is known, the schema check names a misspelt apiVersion field itself
            problems.add(new Problem(parsed.file(), Location.START, "apiVersion", "required field is missing; add "
                    + "'apiVersion: " + DescriptorKind.API_VERSION + "'" + (kind == null ? typoedField(parsed,
                    "apiVersion") : "")));
            return kind;
        }
        if (!DescriptorKind.API_VERSION.equals(apiVersion.asText())) {
            problems.add(new Problem(parsed.file(), parsed.locations().locate("/apiVersion"), "apiVersion",
                    "unknown apiVersion '" + StructuralValidator.printable(apiVersion.asText()) + "'; this version "
                            + "of connect-onboard reads " + DescriptorKind.API_VERSION
                            + Suggestions.didYouMean(apiVersion.asText(), List.of(DescriptorKind.API_VERSION))));
            return null;
        }
        return kind;
    }

    private static DescriptorKind declaredKind(ParsedFile parsed, List<Problem> problems) {
        JsonNode kindField = parsed.tree().get("kind");
        if (kindField == null) {
            problems.add(new Problem(parsed.file(), Location.START, "kind", "required field is missing; add 'kind: "
                    + String.join("' or 'kind: ", DescriptorKind.names()) + "'" + typoedField(parsed, "kind")));
            return null;
        }
        DescriptorKind kind = DescriptorKind.fromKindField(kindField.asText()).orElse(null);
        if (kind == null) {
            problems.add(new Problem(parsed.file(), parsed.locations().locate("/kind"), "kind", "unknown kind '"
                    + StructuralValidator.printable(kindField.asText()) + "'; use one of: "
                    + String.join(", ", DescriptorKind.names())
                    + Suggestions.didYouMean(kindField.asText(), DescriptorKind.names())));
        }
        return kind;
    }

    /** " (is 'knd' on line 2 meant to be 'kind'?)" when a top-level field is a typo of the missing one. */
    private static String typoedField(ParsedFile parsed, String field) {
        List<String> names = new ArrayList<>();
        parsed.tree().fieldNames().forEachRemaining(names::add);
        return names.stream()
                .filter(name -> Suggestions.closest(name, List.of(field)).isPresent())
                .findFirst()
                .map(name -> " (is '" + name + "' on line "
                        + parsed.locations().locate(FieldPaths.child("", name)).line() + " meant to be '" + field
                        + "'?)")
                .orElse("");
    }

    /**
     * What reading one file gave: its problems, whether it belongs to another tool, whether it parsed, and the bound
     * model when it is valid on its own.
     */
    private record FileOutcome(List<Problem> problems, boolean foreign, boolean parsed, DescriptorKind kind,
                               Loaded<?> loaded) {
    }

    private FileOutcome examine(Candidate candidate) {
        LocatingTreeReader.Result read = reader.read(candidate.file());
        if (read.parsed() == null) {
            return new FileOutcome(read.problems(), false, false, null, null);
        }
        ParsedFile parsed = read.parsed();
        if (candidate.foundInFolder() && ForeignFiles.isForeign(parsed.tree())) {
            return new FileOutcome(List.of(), true, true, null, null);
        }
        List<Problem> problems = new ArrayList<>();
        DescriptorKind kind = kindOf(parsed, problems);
        if (kind == null) {
            return new FileOutcome(problems, false, true, null, null);
        }
        boolean headerOk = problems.isEmpty();
        List<Problem> structural = structure.validate(parsed, kind).stream()
                .filter(p -> headerOk || !p.field().equals("apiVersion"))
                .toList();
        problems.addAll(structural);
        if (!structural.isEmpty() || !headerOk) {
            return new FileOutcome(problems, false, true, kind, null);
        }
        try {
            JsonNode tree = PassThroughValues.asWritten(parsed);
            Object model = BINDER.treeToValue(tree, kind.modelType());
            return new FileOutcome(problems, false, true, kind, new Loaded<>(parsed.file(), model, parsed.locations()));
        } catch (IOException | IllegalArgumentException e) {
            problems.add(new Problem(parsed.file(), Location.START, "", "cannot be read as "
                    + kind.modelType().getSimpleName() + ": " + e.getMessage().lines().findFirst().orElse("")));
            return new FileOutcome(problems, false, true, kind, null);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> Loaded<T> cast(Loaded<?> loaded) {
        return (Loaded<T>) loaded;
    }

    /** A file to read; {@code folder} is the folder named on the command line it was found in, or null. */
    private record Candidate(Path file, Path folder) {
        boolean foundInFolder() {
            return folder != null;
        }
    }

    private static List<Candidate> candidates(List<Path> paths, List<Problem> problems) {
        Set<Path> seen = new LinkedHashSet<>();
        List<Candidate> candidates = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new InputNotFoundException(path);
            }
            if (Files.isDirectory(path)) {
                List<Path> files;
                try {
                    files = inputFilesUnder(path);
                } catch (IOException | UncheckedIOException e) {
                    problems.add(new Problem(path, Location.START, "", "cannot read the folder: " + e.getMessage()));
                    continue;
                }
                if (files.isEmpty()) {
                    problems.add(new Problem(path, Location.START, "", "no input files (*.yaml, *.yml, *.json) in this "
                            + "folder; pass the folder that holds the department descriptors"));
                }
                for (Path file : files) {
                    if (seen.add(normalize(file))) {
                        candidates.add(new Candidate(file, path));
                    }
                }
            } else if (seen.add(normalize(path))) {
                candidates.add(new Candidate(path, null));
            }
        }
        return candidates;
    }

    private static List<Path> inputFilesUnder(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(folder.relativize(p)))
                    .filter(p -> p.getFileName().toString().matches(".*\\.(ya?ml|json)"))
                    .sorted()
                    .toList();
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    static Path normalize(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
