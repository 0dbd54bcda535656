package dev.connectonboard.operator.init;

import dev.connectonboard.descriptor.Loaded;
import dev.connectonboard.descriptor.model.DepartmentOnboarding;
import dev.connectonboard.descriptor.model.NamePatterns;

import java.util.List;
import java.util.Optional;

/**
 * The checks a new department's name, prefix and owner must pass before a file is written: the model's patterns,
 * and the rules across descriptors (unique name, unique prefix, no prefix the start of another, so {@code fin} and
 * {@code fina} cannot both exist). Each returns the sentence a person reads, or empty when the value is fine.
 */
public final class NameRules {

    private NameRules() {
    }

    public static Optional<String> checkName(String name) {
        return matches(name, NamePatterns.SLUG) ? Optional.empty()
                : Optional.of("department name '" + name + "' must be " + NamePatterns.ruleFor(NamePatterns.SLUG)
                + ", for example 'payments'");
    }

    public static Optional<String> checkPrefix(String prefix) {
        return matches(prefix, NamePatterns.PREFIX) ? Optional.empty()
                : Optional.of("prefix '" + prefix + "' must be " + NamePatterns.ruleFor(NamePatterns.PREFIX)
                + " (no '-': the tool adds it), for example 'pay'");
    }

    public static Optional<String> checkOwner(String owner) {
        return matches(owner, NamePatterns.EMAIL) ? Optional.empty()
                : Optional.of("owner '" + owner + "' must be " + NamePatterns.ruleFor(NamePatterns.EMAIL));
    }

    /** A department already using this name, cited by file and line. */
    public static Optional<String> nameClash(String name, List<Loaded<DepartmentOnboarding>> existing) {
        return existing.stream().filter(d -> d.value().name().equals(name)).findFirst()
                .map(d -> "department '" + name + "' already exists (" + d.cite("/department/name")
                        + "); choose another name, or edit that file");
    }

    /** A department whose prefix equals, starts with or is the start of this one, cited by file and line. */
    public static Optional<String> prefixClash(String prefix, List<Loaded<DepartmentOnboarding>> existing) {
        for (Loaded<DepartmentOnboarding> department : existing) {
            String other = department.value().prefix();
            String where = "department '" + department.value().name() + "' (" + department.cite("/department/prefix")
                    + ")";
            if (other.equals(prefix)) {
                return Optional.of("prefix '" + prefix + "' is already used by " + where + "; choose another prefix");
            }
            String fix = "; choose a prefix that neither starts with nor is the start of another, so that no"
                    + " department's names can be taken for the other's";
            if (prefix.startsWith(other)) {
                return Optional.of("prefix '" + prefix + "' starts with '" + other + "', the prefix of " + where + fix);
            }
            if (other.startsWith(prefix)) {
                return Optional.of("prefix '" + prefix + "' is the start of '" + other + "', the prefix of " + where
                        + fix);
            }
        }
        return Optional.empty();
    }

    private static boolean matches(String value, String pattern) {
        return value != null && value.matches(pattern);
    }
}
