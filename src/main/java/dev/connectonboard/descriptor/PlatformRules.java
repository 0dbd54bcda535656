package dev.connectonboard.descriptor;

import dev.connectonboard.descriptor.model.Platform;
import dev.connectonboard.descriptor.model.S3Backend;

import java.util.List;

/**
 * The rules of a platform file a schema cannot express: provider constraints that leave Terraform a version the
 * modules accept, a state backend that locks, and a secret recovery window Secrets Manager takes.
 */
final class PlatformRules {
    private PlatformRules() {
    }

    static List<Problem> check(Loaded<Platform> loaded) {
        ProblemCollector problems = new ProblemCollector(loaded);
        Platform platform = loaded.value();
        if (platform.terraform() != null) {
            compatible(platform.terraform().confluentProviderVersion(), ModuleRequirements.CONFLUENT_PROVIDER,
                    "confluentinc/confluent", "/terraform/confluentProviderVersion", problems);
            compatible(platform.terraform().awsProviderVersion(), ModuleRequirements.AWS_PROVIDER,
                    "hashicorp/aws", "/terraform/awsProviderVersion", problems);
            if (platform.terraform().backend() != null && platform.terraform().backend().s3() != null) {
                S3Backend s3 = platform.terraform().backend().s3();
                if (!s3.useLockfile() && s3.dynamodbTable() == null) {
                    problems.add("/terraform/backend/s3/useLockfile", "with useLockfile: false and no "
                            + "dynamodbTable the state has no lock, so two pipeline runs could write it at once; "
                            + "remove 'useLockfile: false' (S3's own lock file, Terraform 1.11+)");
                }
            }
        }
        IsolationRules.checkPlatform(platform, problems);
        Integer window = platform.aws() == null ? null : platform.aws().secretRecoveryWindowDays();
        if (window != null && window > 0 && window < 7) {
            problems.add("/aws/secretRecoveryWindowDays", "Secrets Manager takes 0 (delete at once) or 7 to 30 "
                    + "days, not " + window);
        }
        return problems.problems();
    }

    private static void compatible(String platformConstraint, String moduleConstraint, String provider,
                                   String pointer, ProblemCollector problems) {
        if (platformConstraint == null) {
            return;
        }
        VersionConstraint wanted;
        try {
            wanted = VersionConstraint.parse(platformConstraint);
        } catch (IllegalArgumentException e) {
            problems.add(pointer, "'" + platformConstraint + "' is not a Terraform version constraint: "
                    + e.getMessage() + "; write e.g. '" + moduleConstraint + "'");
            return;
        }
        VersionConstraint modules = VersionConstraint.parse(moduleConstraint);
        if (!wanted.satisfiable()) {
            problems.add(pointer, "no version of " + provider + " satisfies '" + platformConstraint + "'; write "
                    + "e.g. '" + moduleConstraint + "'");
        } else if (!wanted.and(modules).satisfiable()) {
            problems.add(pointer, "no version of " + provider + " satisfies both '" + platformConstraint
                    + "' and the modules' '" + moduleConstraint + "', so terraform init would fail for every "
                    + "department; allow a version the modules accept, e.g. '" + moduleConstraint + "'");
        }
    }
}
