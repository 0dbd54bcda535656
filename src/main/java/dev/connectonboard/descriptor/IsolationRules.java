package dev.connectonboard.descriptor;

import dev.connectonboard.descriptor.model.ConnectRuntime;
import dev.connectonboard.descriptor.model.Connector;
import dev.connectonboard.descriptor.model.DepartmentOnboarding;
import dev.connectonboard.descriptor.model.IamRole;
import dev.connectonboard.descriptor.model.Isolation;
import dev.connectonboard.descriptor.model.Platform;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A department reaches only what is its own in the shared AWS account: the secrets it names start with its secret
 * path, its IAM roles' buckets with its bucket prefix (or are allowlisted for it, never the Terraform state bucket),
 * secret ARNs and KMS keys are the platform's account and region. The modules check the same at plan time; this
 * says it at the descriptor's line, with what is allowed.
 */
final class IsolationRules {
    /** {@code arn:<partition>:secretsmanager:<region>:<account>:secret:<name>} (the name may end in AWS's -XXXXXX). */
    private static final Pattern SECRET_ARN =
            Pattern.compile("^arn:[a-z-]+:secretsmanager:([a-z0-9-]+):([0-9]{12}):secret:(.+)$");
    private static final Pattern KMS_ARN = Pattern.compile("^arn:[a-z-]+:kms:([a-z0-9-]+):([0-9]{12}):key/.+$");

    private IsolationRules() {
    }

    static void check(DepartmentOnboarding descriptor, Platform platform, ProblemCollector problems) {
        Isolation isolation = platform.isolation();
        checkSecrets(descriptor, platform, isolation, problems);
        checkBuckets(descriptor, platform, isolation, problems);
        checkKmsKeys(descriptor, platform, problems);
    }

    private static void checkSecrets(DepartmentOnboarding descriptor, Platform platform, Isolation isolation,
                                     ProblemCollector problems) {
        String department = descriptor.name();
        String path = isolation.secretNamePrefix(descriptor.prefix());
        String allowed = department + " may reference only '" + path + "...' (the platform's "
                + "isolation.secretIdPattern '" + isolation.secretIdPattern() + "')";
        boolean selfManaged = descriptor.connect().runtime() == ConnectRuntime.SELF_MANAGED;
        List<Connector> connectors = descriptor.connectors();
        for (int i = 0; i < connectors.size(); i++) {
            for (var secret : connectors.get(i).secrets().entrySet()) {
                if (secret.getValue() == null || secret.getValue().awsSecretsManager() == null) {
                    continue;
                }
                String id = secret.getValue().awsSecretsManager().secretId();
                String pointer = FieldPaths.child("/connectors/" + i + "/secrets", secret.getKey())
                        + "/awsSecretsManager/secretId";
                String name = id;
                Matcher arn = SECRET_ARN.matcher(id);
                if (arn.matches()) {
                    name = arn.group(3);
                    if (selfManaged) {
                        // Kafka's ConfigTransformer reads ${provider:path:key} and splits it at ':'
                        // (ConfigTransformer.DEFAULT_PATTERN), so an ARN cannot be the path of a reference.
                        problems.add(pointer, "a self-managed connector's secrets become "
                                + "${secretsmanager:<secret-id>:<key>} references, which Kafka Connect splits at "
                                + "':', so an ARN cannot be one; write the secret's name '" + name + "'");
                        continue;
                    }
                    if (!arn.group(2).equals(platform.aws().accountId()) || !arn.group(1).equals(platform.aws().region())) {
                        problems.add(pointer, "secretId '" + id + "' is a secret of AWS account " + arn.group(2)
                                + " in " + arn.group(1) + "; " + department + " may reference only secrets of the "
                                + "platform's account " + platform.aws().accountId() + " in " + platform.aws().region()
                                + " whose names start with '" + path + "'");
                        continue;
                    }
                }
                if (!name.startsWith(path)) {
                    problems.add(pointer, "secretId '" + id + "' is outside department " + department
                            + "'s secrets; " + allowed + "; store the secret as e.g. '" + path + lastSegment(name)
                            + "' and reference that");
                }
            }
        }
    }

    private static void checkBuckets(DepartmentOnboarding descriptor, Platform platform, Isolation isolation,
                                     ProblemCollector problems) {
        String department = descriptor.name();
        String start = isolation.bucketNamePrefix(descriptor.prefix());
        List<String> allowlisted = isolation.allowedBuckets(department);
        String stateBucket = platform.stateBucket();
        List<IamRole> roles = descriptor.iamRoles();
        for (int r = 0; r < roles.size(); r++) {
            if (roles.get(r).s3() == null) {
                continue;
            }
            List<String> buckets = roles.get(r).s3().buckets();
            for (int b = 0; b < buckets.size(); b++) {
                String bucket = buckets.get(b);
                String pointer = "/iamRoles/" + r + "/s3/buckets/" + b;
                if (bucket.equals(stateBucket)) {
                    problems.add(pointer, "bucket '" + bucket + "' is the platform's Terraform state bucket "
                            + "(terraform.backend.s3.bucket), which holds every department's state; no department "
                            + "may use it, allowlisted or not; use a bucket starting with '" + start + "'");
                } else if (!bucket.startsWith(start) && !allowlisted.contains(bucket)) {
                    problems.add(pointer, "bucket '" + bucket + "' is outside department " + department
                            + "'s buckets; " + department + " may use only buckets starting with '" + start
                            + "' (the platform's isolation.bucketPattern '" + isolation.bucketPattern() + "')"
                            + (allowlisted.isEmpty() ? "" : " and " + String.join(", ", allowlisted))
                            + "; use a bucket named e.g. '" + start + bucket + "', or ask the platform team to "
                            + "list this legacy bucket under isolation.bucketAllowlist." + department);
                }
            }
        }
    }

    private static void checkKmsKeys(DepartmentOnboarding descriptor, Platform platform, ProblemCollector problems) {
        List<IamRole> roles = descriptor.iamRoles();
        for (int r = 0; r < roles.size(); r++) {
            if (roles.get(r).s3() == null) {
                continue;
            }
            List<String> keys = roles.get(r).s3().kmsKeyArns();
            for (int k = 0; k < keys.size(); k++) {
                Matcher arn = KMS_ARN.matcher(keys.get(k));
                if (arn.matches() && (!arn.group(2).equals(platform.aws().accountId())
                        || !arn.group(1).equals(platform.aws().region()))) {
                    problems.add("/iamRoles/" + r + "/s3/kmsKeyArns/" + k, "KMS key '" + keys.get(k) + "' is in "
                            + "AWS account " + arn.group(2) + ", " + arn.group(1) + "; the role may use only keys of "
                            + "the platform's account " + platform.aws().accountId() + " in "
                            + platform.aws().region() + ", where its buckets are read through S3");
                }
            }
        }
    }

    /** Platform-file rules: no allowlist may name the state bucket. */
    static void checkPlatform(Platform platform, ProblemCollector problems) {
        String stateBucket = platform.stateBucket();
        if (stateBucket == null) {
            return;
        }
        for (Map.Entry<String, List<String>> entry : platform.isolation().bucketAllowlist().entrySet()) {
            List<String> buckets = Optional.ofNullable(entry.getValue()).orElse(List.of());
            for (int b = 0; b < buckets.size(); b++) {
                if (stateBucket.equals(buckets.get(b))) {
                    problems.add(FieldPaths.child("/isolation/bucketAllowlist", entry.getKey()) + "/" + b,
                            "'" + stateBucket + "' is the Terraform state bucket (terraform.backend.s3.bucket), "
                                    + "which holds every department's state; it is refused for every department, so "
                                    + "remove it from the allowlist");
                }
            }
        }
    }

    private static String lastSegment(String name) {
        int slash = name.lastIndexOf('/');
        return slash < 0 ? name : name.substring(slash + 1);
    }
}
