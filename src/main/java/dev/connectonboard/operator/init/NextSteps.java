package dev.connectonboard.operator.init;

import dev.connectonboard.descriptor.model.ConnectRuntime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a department does after {@code init}, with commands ready to copy. The platform and quota files are looked
 * up next to the descriptors folder (the repository layout examples/README.md describes).
 */
public final class NextSteps {

    private NextSteps() {
    }

    public static List<String> lines(NewDepartment department, Path written) {
        return lines(department, written, null);
    }

    /** @param platformFile the platform file init was given, or null to look for one next to the folder */
    public static List<String> lines(NewDepartment department, Path written, Path platformFile) {
        Path folder = department.descriptors();
        Path parent = folder.toAbsolutePath().getParent();
        String platform = platformFile != null ? platformFile.toString()
                : existingOr(parent, folder, "platform.yaml", "PLATFORM-FILE");
        String quotas = existingOr(parent, folder, "quotas.yaml", "QUOTAS-FILE");
        String descriptors = written.toAbsolutePath().startsWith(folder.toAbsolutePath()) ? folder.toString()
                : folder + " " + written;
        List<String> steps = new ArrayList<>();
        steps.add("Next steps:");
        int n = 1;
        steps.add("  " + n++ + ". Edit " + written + ": uncomment the sections you need (topics, privateLinkEgress,"
                + (department.runtime() == ConnectRuntime.MANAGED ? " iamRoles," : "") + " connectors).");
        if (department.hasPlaceholderOwner()) {
            steps.add("     Replace the placeholder owner " + department.ownerOrPlaceholder() + " with your team's"
                    + " address.");
        }
        if (department.runtime() == ConnectRuntime.SELF_MANAGED) {
            steps.add("     Replace the placeholder subnet and security group ids with the ones the platform team"
                    + " gave you.");
        }
        steps.add("  " + n++ + ". Validate:     ./connect-onboard validate --platform " + platform + " --quotas " + quotas
                + " " + descriptors);
        steps.add("  " + n++ + ". Quota check:  ./connect-onboard quota check --platform " + platform + " --quotas "
                + quotas + " " + descriptors + "   (needs CONFLUENT_CLOUD_API_KEY/SECRET; add --offline without them)");
        steps.add("  " + n++ + ". Generate:     ./connect-onboard generate --platform " + platform + " " + descriptors);
        steps.add("  " + n + ". Open a pull request with " + written + " and generated/" + department.name()
                + "/; CI runs the same checks and a terraform plan, the platform team reviews and merges, and the"
                + " merge applies it.");
        return steps;
    }

    private static String existingOr(Path parent, Path folder, String name, String placeholder) {
        if (parent == null || !Files.isRegularFile(parent.resolve(name))) {
            return placeholder;
        }
        Path relative = folder.getParent();
        return relative == null ? name : relative.resolve(name).toString();
    }
}
