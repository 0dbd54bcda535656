package dev.connectonboard.plangate;

import dev.connectonboard.errors.FailureKind;
import dev.connectonboard.errors.OnboardException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares a fresh plan with the one that was reviewed and approved, for pipelines that re-plan before applying:
 * every change that is not a no-op must be the same in both, with the same action, the same planned values (known
 * and unknown) and the same replacement causes. Differences are named by address and kind only, never by value
 * (the values are where a plan keeps its secrets).
 */
public final class PlanComparison {

    /** The outcome: the department, the number of changes compared, and every difference found. */
    public record Result(String department, int changes, List<String> differences) {
        public Result {
            differences = List.copyOf(differences);
        }

        public boolean same() {
            return differences.isEmpty();
        }
    }

    public Result compare(Path approvedFile, Path freshFile) {
        TerraformPlan approved = PlanReader.read(approvedFile);
        TerraformPlan fresh = PlanReader.read(freshFile);
        if (!approved.marker().equals(fresh.marker())) {
            throw new OnboardException(FailureKind.USAGE, "plan " + approvedFile + " is of department '"
                    + approved.marker().department() + "' on " + approved.marker().platform() + ", plan " + freshFile
                    + " of '" + fresh.marker().department() + "' on " + fresh.marker().platform()
                    + "; compare two plans of the same department root");
        }
        Map<String, ResourceChange> before = changed(approved);
        Map<String, ResourceChange> now = changed(fresh);
        List<String> differences = new ArrayList<>();
        for (ResourceChange change : now.values()) {
            ResourceChange reviewed = before.get(key(change));
            if (reviewed == null) {
                differences.add(Printable.of(change.address()) + ": " + change.action().label()
                        + " is not in the approved plan");
            } else if (reviewed.action() != change.action()) {
                differences.add(Printable.of(change.address()) + ": approved " + reviewed.action().label()
                        + ", now " + change.action().label());
            } else if (!Objects.equals(reviewed.after(), change.after())
                    || !Objects.equals(reviewed.afterUnknown(), change.afterUnknown())
                    || !Objects.equals(reviewed.afterSensitive(), change.afterSensitive())
                    || !reviewed.replacePaths().equals(change.replacePaths())) {
                differences.add(Printable.of(change.address()) + ": " + change.action().label() + " with other "
                        + "planned values than approved");
            }
        }
        for (ResourceChange reviewed : before.values()) {
            if (!now.containsKey(key(reviewed))) {
                differences.add(Printable.of(reviewed.address()) + ": the approved " + reviewed.action().label()
                        + " is no longer planned");
            }
        }
        return new Result(fresh.marker().department(), now.size(), differences);
    }

    /** Changes that do something, by address (and deposed key), in plan order. */
    private static Map<String, ResourceChange> changed(TerraformPlan plan) {
        Map<String, ResourceChange> changes = new LinkedHashMap<>();
        for (ResourceChange change : plan.changes()) {
            if (change.action() != PlanAction.NO_OP && change.action() != PlanAction.READ) {
                changes.put(key(change), change);
            }
        }
        return changes;
    }

    private static String key(ResourceChange change) {
        return change.deposed() == null ? change.address() : change.address() + " (deposed " + change.deposed() + ")";
    }
}
