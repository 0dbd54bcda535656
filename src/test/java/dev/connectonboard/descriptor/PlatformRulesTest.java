package dev.connectonboard.descriptor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.connectonboard.descriptor.Inputs.at;
import static dev.connectonboard.descriptor.Inputs.load;
import static dev.connectonboard.descriptor.Inputs.problems;
import static dev.connectonboard.descriptor.Inputs.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Platform files whose settings Terraform or AWS would refuse are refused by validate, at their line. */
class PlatformRulesTest {
    @TempDir
    Path dir;

    private Path platform(String aws, String terraform) {
        return write(dir, "platform.yaml", """
                apiVersion: connect-onboard/v1
                kind: Platform
                name: ebs-prod
                confluent:
                  organizationId: 0b3c5a8e-1111-2222-3333-444455556666
                  environmentId: env-7q2x9m
                  kafkaCluster: { id: lkc-5k3p2d, restEndpoint: "https://lkc-5k3p2d.eu-west-1.aws.confluent.cloud:443" }
                  cloud: AWS
                  region: eu-west-1
                aws:
                  accountId: "123456789012"
                  region: eu-west-1
                """ + aws + "terraform:\n" + terraform);
    }

    @Test
    void acceptsAConstraintTheModulesNarrow() {
        Path file = platform("", """
                  confluentProviderVersion: "~> 2.50"
                  awsProviderVersion: "~> 5.100"
                """);
        assertEquals(1, load(file).platforms().size());
    }

    @Test
    void refusesAProviderConstraintNoModuleCompatibleVersionSatisfiesAtItsLine() {
        Path file = platform("", """
                  confluentProviderVersion: "~> 2.50, < 2.80"
                  awsProviderVersion: "~> 4.67"
                """);
        assertEquals(List.of(
                at(file, 14, 3, "terraform.confluentProviderVersion", "no version of confluentinc/confluent "
                        + "satisfies both '~> 2.50, < 2.80' and the modules' '~> 2.83', so terraform init would fail "
                        + "for every department; allow a version the modules accept, e.g. '~> 2.83'"),
                at(file, 15, 3, "terraform.awsProviderVersion", "no version of hashicorp/aws satisfies both "
                        + "'~> 4.67' and the modules' '>= 5.0', so terraform init would fail for every department; "
                        + "allow a version the modules accept, e.g. '>= 5.0'")), problems(file));
    }

    @Test
    void refusesAConstraintThatAllowsNothingOrIsNotAConstraint() {
        Path file = platform("", """
                  confluentProviderVersion: ">= 2.90, < 2.85"
                  awsProviderVersion: "~> 5.1.2.3"
                """);
        List<String> problems = problems(file);
        assertEquals(2, problems.size(), problems.toString());
        assertEquals(at(file, 14, 3, "terraform.confluentProviderVersion", "no version of confluentinc/confluent "
                + "satisfies '>= 2.90, < 2.85'; write e.g. '~> 2.83'"), problems.get(0));
        assertEquals(at(file, 15, 3, "terraform.awsProviderVersion", "'~> 5.1.2.3' is not a Terraform version "
                + "constraint: '~> 5.1.2.3' does not name a version such as 2.83 or 2.83.4; write e.g. '>= 5.0'"),
                problems.get(1));
    }

    @Test
    void refusesAStateBackendWithoutAnyLock() {
        Path file = platform("", """
                  confluentProviderVersion: "~> 2.83"
                  awsProviderVersion: "~> 5.100"
                  backend:
                    s3: { bucket: ebs-tf-state, region: eu-west-1, useLockfile: false }
                """);
        assertEquals(List.of(at(file, 17, 52, "terraform.backend.s3.useLockfile", "with useLockfile: false and no "
                + "dynamodbTable the state has no lock, so two pipeline runs could write it at once; remove "
                + "'useLockfile: false' (S3's own lock file, Terraform 1.11+)")), problems(file));
    }

    @Test
    void refusesASecretRecoveryWindowSecretsManagerDoesNotTake() {
        Path file = platform("  secretRecoveryWindowDays: 3\n", """
                  confluentProviderVersion: "~> 2.83"
                  awsProviderVersion: "~> 5.100"
                """);
        assertEquals(List.of(at(file, 13, 3, "aws.secretRecoveryWindowDays", "Secrets Manager takes 0 (delete at "
                + "once) or 7 to 30 days, not 3")), problems(file));
    }
}
