package dev.connectonboard.descriptor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Terraform version constraint ({@code "~> 2.83"}, {@code ">= 1.9.0, < 2.0.0"}, {@code "!= 2.80.1"}) as the set of
 * release versions it allows, so that two constraints can be intersected: Terraform installs a provider only when one
 * version satisfies every module's constraint, and this tells before Terraform does whether such a version exists.
 *
 * <p>Semantics follow Terraform's documented operators: a comma is "and"; {@code ~>} lets only the right-most given
 * component grow ({@code ~> 2.83} is {@code >= 2.83.0, < 3.0.0}, {@code ~> 2.83.4} is {@code >= 2.83.4, < 2.84.0}).
 * Versions are release versions of three numbers; pre-releases, which a constraint never selects unless it names
 * them exactly, are out of scope. Hand-written: no library on the project's dependency list parses these.
 */
public final class VersionConstraint {
    private final String text;
    private final Bound lower;
    private final Bound upper;
    private final List<Version> excluded;

    private VersionConstraint(String text, Bound lower, Bound upper, List<Version> excluded) {
        this.text = text;
        this.lower = lower;
        this.upper = upper;
        this.excluded = excluded;
    }

    /** Parses a constraint, or explains in one sentence why it is not one. */
    public static VersionConstraint parse(String text) {
        Bound lower = Bound.NONE;
        Bound upper = Bound.NONE;
        List<Version> excluded = new ArrayList<>();
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("an empty version constraint");
        }
        for (String raw : text.split(",", -1)) {
            String term = raw.strip();
            String operator = operatorOf(term);
            String number = term.substring(operator.length()).strip();
            Version version = Version.parse(number, term);
            switch (operator) {
                case "", "=" -> {
                    lower = lower.tighterLower(new Bound(version.padded(), true));
                    upper = upper.tighterUpper(new Bound(version.padded(), true));
                }
                case "!=" -> excluded.add(version.padded());
                case ">" -> lower = lower.tighterLower(new Bound(version.padded().nextPatch(), true));
                case ">=" -> lower = lower.tighterLower(new Bound(version.padded(), true));
                case "<" -> upper = upper.tighterUpper(new Bound(version.padded(), false));
                case "<=" -> upper = upper.tighterUpper(new Bound(version.padded(), true));
                case "~>" -> {
                    lower = lower.tighterLower(new Bound(version.padded(), true));
                    if (version.given() > 1) {
                        upper = upper.tighterUpper(new Bound(version.pessimisticCeiling(), false));
                    }
                }
                default -> throw new IllegalArgumentException("unknown operator in '" + term + "'");
            }
        }
        return new VersionConstraint(text.strip(), lower, upper, List.copyOf(excluded));
    }

    private static String operatorOf(String term) {
        for (String operator : List.of("~>", ">=", "<=", "!=", ">", "<", "=")) {
            if (term.startsWith(operator)) {
                return operator;
            }
        }
        return "";
    }

    /** The constraint as written. */
    public String text() {
        return text;
    }

    /** Whether some release version satisfies this constraint. */
    public boolean satisfiable() {
        if (lower.version == null || upper.version == null) {
            return true;
        }
        Version low = lower.version;
        Version high = upper.version;
        int order = low.compareTo(high);
        if (order > 0 || (order == 0 && !upper.inclusive)) {
            return false;
        }
        if (low.major != high.major || low.minor != high.minor) {
            return true; // infinitely many patch versions below the upper bound; a few exclusions cannot empty that
        }
        int lastPatch = upper.inclusive ? high.patch : high.patch - 1;
        for (int patch = low.patch; patch <= lastPatch; patch++) {
            if (!excluded.contains(new Version(low.major, low.minor, patch, 3))) {
                return true;
            }
        }
        return false;
    }

    /** Both constraints at once (Terraform's comma), with the text of whichever of the two already says it all. */
    public VersionConstraint and(VersionConstraint other) {
        Bound low = lower.tighterLower(other.lower);
        Bound high = upper.tighterUpper(other.upper);
        List<Version> both = new ArrayList<>(excluded);
        other.excluded.stream().filter(v -> !both.contains(v)).forEach(both::add);
        VersionConstraint joined = new VersionConstraint(text + ", " + other.text, low, high, List.copyOf(both));
        if (joined.sameSetAs(this)) {
            return new VersionConstraint(text, low, high, joined.excluded);
        }
        if (joined.sameSetAs(other)) {
            return new VersionConstraint(other.text, low, high, joined.excluded);
        }
        return joined;
    }

    private boolean sameSetAs(VersionConstraint other) {
        return lower.equals(other.lower) && upper.equals(other.upper)
                && excluded.containsAll(other.excluded) && other.excluded.containsAll(excluded);
    }

    /** The lowest version allowed, when there is a lower bound. */
    public Optional<String> lowest() {
        return Optional.ofNullable(lower.version).map(Version::toString);
    }

    @Override
    public String toString() {
        return text;
    }

    private record Bound(Version version, boolean inclusive) {
        static final Bound NONE = new Bound(null, true);

        Bound tighterLower(Bound other) {
            if (version == null) {
                return other;
            }
            if (other.version == null) {
                return this;
            }
            int order = version.compareTo(other.version);
            return order > 0 || (order == 0 && !inclusive) ? this : other;
        }

        Bound tighterUpper(Bound other) {
            if (version == null) {
                return other;
            }
            if (other.version == null) {
                return this;
            }
            int order = version.compareTo(other.version);
            return order < 0 || (order == 0 && !inclusive) ? this : other;
        }
    }

    /** A release version; {@code given} says how many of its numbers were written (for {@code ~>}). */
    private record Version(int major, int minor, int patch, int given) implements Comparable<Version> {
        static Version parse(String number, String term) {
            String[] parts = number.split("\\.", -1);
            if (number.isEmpty() || parts.length > 3) {
                throw new IllegalArgumentException("'" + term + "' does not name a version such as 2.83 or 2.83.4");
            }
            int[] values = new int[3];
            for (int i = 0; i < parts.length; i++) {
                if (!parts[i].matches("[0-9]{1,6}")) {
                    throw new IllegalArgumentException("'" + term + "' does not name a version such as 2.83 or 2.83.4");
                }
                values[i] = Integer.parseInt(parts[i]);
            }
            return new Version(values[0], values[1], values[2], parts.length);
        }

        Version padded() {
            return new Version(major, minor, patch, 3);
        }

        Version nextPatch() {
            return new Version(major, minor, patch + 1, 3);
        }

        /** The exclusive ceiling of {@code ~>}: the component before the right-most one given, plus one. */
        Version pessimisticCeiling() {
            return given == 3 ? new Version(major, minor + 1, 0, 3) : new Version(major + 1, 0, 0, 3);
        }

        @Override
        public int compareTo(Version other) {
            int order = Integer.compare(major, other.major);
            if (order == 0) {
                order = Integer.compare(minor, other.minor);
            }
            return order == 0 ? Integer.compare(patch, other.patch) : order;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Version v && compareTo(v) == 0;
        }

        @Override
        public int hashCode() {
            return (major * 1_000 + minor) * 1_000 + patch;
        }

        @Override
        public String toString() {
            return major + "." + minor + "." + patch;
        }
    }
}
