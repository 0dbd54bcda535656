package dev.connectonboard.plangate;

import dev.connectonboard.descriptor.DescriptorSources;
import dev.connectonboard.descriptor.InputSet;
import dev.connectonboard.descriptor.Loaded;
import dev.connectonboard.descriptor.model.DepartmentOnboarding;
import dev.connectonboard.descriptor.model.Platform;
import dev.connectonboard.errors.FailureKind;
import dev.connectonboard.errors.OnboardException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan gate: reads the descriptors and each department's {@code terraform show -json} plan and judges every
 * planned change (see {@link Effect}). A plan whose department no descriptor declares is that department's removal.
 */
public final class PlanCheck {

    /** What to check: the platform file, one plan per department, descriptor files or folders. */
    public record Request(Path platform, List<Path> plans, List<Path> paths) {
        public Request {
            plans = List.copyOf(plans);
            paths = List.copyOf(paths);
        }
    }

    public PlanGateReport run(Request request) {
        if (request.plans().isEmpty()) {
            throw new OnboardException(FailureKind.USAGE, "no plan given; pass --plan FILE (terraform show -json "
                    + "output) once per department");
        }
        // the same descriptor conventions as every command: PATH..., else the platform's folder; wrong kinds exit 2
        DescriptorSources.Selection selection = DescriptorSources.load(request.platform(), request.paths());
        InputSet set = selection.inputs();
        Platform platform = selection.platform().value();
        List<TerraformPlan> plans = request.plans().stream().map(PlanReader::read).toList();
        Map<String, Path> seen = new HashMap<>();
        for (TerraformPlan plan : plans) {
            PlanMarker marker = plan.marker();
            if (!marker.platform().equals(platform.name())) {
                throw new OnboardException(FailureKind.UNDETERMINED, "plan " + plan.file() + " is of department '"
                        + marker.department() + "' on platform '" + Printable.of(marker.platform()) + "', not on '"
                        + platform.name() + "' (the --platform file): it is not a root of this platform; pass that "
                        + "platform's file or this platform's plan");
            }
            Path previous = seen.putIfAbsent(marker.department(), plan.file());
            if (previous != null) {
                throw new OnboardException(FailureKind.USAGE, "plans " + previous + " and " + plan.file() + " are "
                        + "both of department '" + marker.department() + "'; pass one plan per department");
            }
        }
        List<DepartmentPlanVerdict> verdicts = new ArrayList<>();
        for (TerraformPlan plan : plans) {
            Loaded<DepartmentOnboarding> descriptor = set.department(plan.marker().department()).orElse(null);
            verdicts.add(DepartmentGate.evaluate(plan, descriptor));
        }
        verdicts.sort(Comparator.comparing(DepartmentPlanVerdict::name));
        return new PlanGateReport(platform.name(), verdicts);
    }
}
