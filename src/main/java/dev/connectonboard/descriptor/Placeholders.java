package dev.connectonboard.descriptor;

import dev.connectonboard.descriptor.model.ConnectRuntime;
import dev.connectonboard.descriptor.model.DepartmentOnboarding;
import dev.connectonboard.descriptor.model.SelfManagedSettings;

import java.util.ArrayList;
import java.util.List;

/**
 * The values {@code connect-onboard init} writes when it is not told better. They validate (so a new descriptor
 * works at once), which is exactly why {@code validate} warns about each one left in place.
 */
public final class Placeholders {
    public static final String SUBNET = "subnet-00000000";
    public static final String SECURITY_GROUP = "sg-00000000";

    private Placeholders() {
    }

    /** The owner init writes when none is given. */
    public static String owner(String department) {
        return department + "-team@example.org";
    }

    /** One warning per placeholder still in the descriptor, at its line. */
    public static List<Problem> leftIn(Loaded<DepartmentOnboarding> loaded) {
        DepartmentOnboarding descriptor = loaded.value();
        List<Problem> warnings = new ArrayList<>();
        List<String> owners = descriptor.department().owners();
        for (int i = 0; i < owners.size(); i++) {
            if (owners.get(i).equals(owner(descriptor.name()))) {
                warnings.add(warning(loaded, "/department/owners/" + i, "'" + owners.get(i) + "' is the placeholder "
                        + "connect-onboard init writes; replace it with the e-mail of the team that owns these "
                        + "connectors"));
            }
        }
        SelfManagedSettings selfManaged = descriptor.connect().selfManaged();
        if (descriptor.connect().runtime() == ConnectRuntime.SELF_MANAGED && selfManaged != null) {
            addPlaceholderIds(loaded, warnings, "/connect/selfManaged/subnetIds", selfManaged.subnetIds(), SUBNET,
                    "subnet");
            addPlaceholderIds(loaded, warnings, "/connect/selfManaged/securityGroupIds",
                    selfManaged.securityGroupIds(), SECURITY_GROUP, "security group");
        }
        return warnings;
    }

    private static void addPlaceholderIds(Loaded<DepartmentOnboarding> loaded, List<Problem> warnings, String pointer,
                                          List<String> ids, String placeholder, String what) {
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i).equals(placeholder)) {
                warnings.add(warning(loaded, pointer + "/" + i, "'" + placeholder + "' is the placeholder "
                        + "connect-onboard init writes; replace it with the " + what + " id the platform team gave "
                        + "you"));
            }
        }
    }

    private static Problem warning(Loaded<DepartmentOnboarding> loaded, String pointer, String message) {
        return new Problem(loaded.file(), loaded.locate(pointer), FieldPaths.fromPointer(pointer), message);
    }
}
