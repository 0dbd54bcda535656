package dev.connectonboard.plangate;

import java.nio.file.Path;
import java.util.List;

/** What the gate reads from one {@code terraform show -json} plan: its marker and its managed resource changes. */
public record TerraformPlan(Path file, String formatVersion, String terraformVersion, PlanMarker marker,
                            List<ResourceChange> changes) {
    public TerraformPlan {
        changes = List.copyOf(changes);
    }
}
