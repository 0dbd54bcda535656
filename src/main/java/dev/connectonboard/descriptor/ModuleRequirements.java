package dev.connectonboard.descriptor;

/**
 * What the hand-written modules in {@code modules/} require of Terraform and of the providers: the single place the
 * generator and {@code validate} read it from. Every module's {@code versions.tf} states exactly these constraints
 * (a test fails when one drifts), so the generated root can state the effective constraints instead of weaker ones.
 */
public final class ModuleRequirements {
    /** {@code required_version} of every module: their variable validations refer to other variables (Terraform 1.9+). */
    public static final String TERRAFORM = ">= 1.9.0";
    /** confluentinc/confluent: the 2.83 schema the modules are checked against (see src/test/resources). */
    public static final String CONFLUENT_PROVIDER = "~> 2.83";
    /** hashicorp/aws. */
    public static final String AWS_PROVIDER = ">= 5.0";
    /**
     * connect-onboard's own provider, installed locally ({@code connect-onboard provider install}), so it has a source
     * and no version: private-link-egress (and the department module above it) read access points' status with it.
     */
    public static final String OWN_PROVIDER_SOURCE = "terraform.local/connect-onboard/connectonboard";
    /**
     * The S3 backend's own lock file ({@code use_lockfile}) is generally available from Terraform 1.11 (experimental
     * in 1.10), the release that deprecates {@code dynamodb_table}.
     */
    public static final String TERRAFORM_FOR_S3_LOCKFILE = ">= 1.11.0";

    private ModuleRequirements() {
    }
}
