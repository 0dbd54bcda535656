package dev.connectonboard.descriptor;

import dev.connectonboard.descriptor.model.DepartmentOnboarding;
import dev.connectonboard.descriptor.model.QuotaPolicy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A quota override must name a department some descriptor declares: a typo ({@code hrr:} for {@code hr:}) would
 * otherwise validate and silently give the department the looser defaults.
 */
public final class PolicyOverrides {
    private PolicyOverrides() {
    }

    /**
     * One problem per override key that no given department declares. Checked only when departments are given with
     * the policy (the policy alone cannot know which departments exist), and then for every key when a folder of
     * descriptors was read (a folder is taken as the whole set), else for the keys that are a likely typo of a given
     * department's name: checking one file against the policy must not flag the other departments' overrides.
     *
     * @param folderRead the descriptors came from at least one folder
     */
    public static List<Problem> undeclared(Loaded<QuotaPolicy> policy, List<Loaded<DepartmentOnboarding>> departments,
                                           boolean folderRead) {
        if (departments.isEmpty()) {
            return List.of();
        }
        Set<String> names = new TreeSet<>();
        departments.forEach(d -> names.add(d.value().name()));
        List<Problem> problems = new ArrayList<>();
        for (String key : policy.value().departments().keySet()) {
            if (!names.contains(key) && (folderRead || Suggestions.closest(key, names).isPresent())) {
                String pointer = FieldPaths.child("/departments", key);
                problems.add(new Problem(policy.file(), policy.locate(pointer), FieldPaths.fromPointer(pointer),
                        "override for department '" + StructuralValidator.printable(key) + "', which no descriptor "
                                + "given declares" + Suggestions.didYouMean(key, names)
                                + "; fix the name, or remove the override"));
            }
        }
        return problems;
    }
}
