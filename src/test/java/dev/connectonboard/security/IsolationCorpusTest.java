package dev.connectonboard.security;

import dev.connectonboard.cli.CliTestSupport;
import dev.connectonboard.cli.CliTestSupport.CliResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cross-department corpus: next to the shipped finance and research departments (prefixes fin, rsch) on the
 * shipped platform, department hr names what is not its own: finance's secret, finance's bucket, the Terraform state
 * bucket, finance's topic, a secret ARN of another account or region, a {@code hr-} topic, a KMS key of another
 * account. Each mutant is refused by validate and generate with exactly one problem, at its line and field, saying
 * what hr may use; generate writes nothing.
 */
class IsolationCorpusTest {
    private static final String OWN_SECRET = "hr/snowflake-loader";

    /** hr's descriptor; every mutant replaces one token on one line of it. */
    static final String HR = """
            apiVersion: connect-onboard/v1
            kind: DepartmentOnboarding
            department:
              name: hr
              prefix: hr
              owners: [hr-analytics@example.org]
            connect:
              runtime: managed
            topics:
              - { name: hr.workday.workers, partitions: 3 }
              - { name: hr.workday.archive, partitions: 3 }
            iamRoles:
              - name: archive-writer
                s3:
                  buckets: [hr-archive]
                  access: write
                  kmsKeyArns: [arn:aws:kms:eu-west-1:123456789012:key/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b]
            connectors:
              - name: hr-workday-snowflake-sink
                class: SnowflakeSink
                topics: [hr.workday.workers]
                config:
                  snowflake.url.name: https://acme.eu-west-1.snowflakecomputing.com:443
                  snowflake.user.name: HR_LOADER
                  snowflake.database.name: HR
                  snowflake.schema.name: WORKDAY
                  input.data.format: AVRO
                secrets:
                  snowflake.private.key: { awsSecretsManager: { secretId: hr/snowflake-loader, key: private_key } }
              - name: hr-backup-s3-sink
                class: S3_SINK
                topics: [hr.workday.archive]
                iamRole: archive-writer
                config:
                  s3.bucket.name: hr-archive
                  input.data.format: AVRO
                  output.data.format: PARQUET
                  time.interval: HOURLY
                  flush.size: 1000
            """;

    private static final String SECRET_FIELD =
            "connectors[0].secrets[\"snowflake.private.key\"].awsSecretsManager.secretId";
    private static final String ONLY_HR_SECRETS = "hr may reference only 'hr/...'";
    private static final String ONLY_HR_ACCOUNT = "hr may reference only secrets of the platform's account "
            + "123456789012 in eu-west-1 whose names start with 'hr/'";
    private static final String ONLY_HR_BUCKETS = "hr may use only buckets starting with 'hr-'";

    /**
     * One mutant: {@code from} becomes {@code to} in {@link #HR} (it is on {@code line}, 1-based); the one problem is
     * at that line and {@code column}, on {@code field}, and its message contains {@code allowed}.
     */
    record Mutant(String what, int line, String from, String to, int column, String field, String allowed) {
        @Override
        public String toString() {
            return what;
        }
    }

    static List<Mutant> corpus() {
        String arnStart = "arn:aws:secretsmanager:";
        List<Mutant> corpus = new ArrayList<>();
        // secrets: another department's, by name and by ARN, in another account or region, a longer prefix
        corpus.add(new Mutant("finance's secret", 29, OWN_SECRET, "fin/payments-db", 53, SECRET_FIELD, ONLY_HR_SECRETS));
        corpus.add(new Mutant("finance's secret under its department name", 29, OWN_SECRET, "finance/payments-db", 53,
                SECRET_FIELD, ONLY_HR_SECRETS));
        corpus.add(new Mutant("a secret of a department whose prefix starts with hr", 29, OWN_SECRET, "hrx/payroll-db",
                53, SECRET_FIELD, ONLY_HR_SECRETS));
        corpus.add(new Mutant("a secret without a department path", 29, OWN_SECRET, "snowflake-loader", 53,
                SECRET_FIELD, ONLY_HR_SECRETS));
        corpus.add(new Mutant("finance's secret as an ARN in the platform's account", 29, OWN_SECRET,
                "'" + arnStart + "eu-west-1:123456789012:secret:fin/payments-db-AbCdEf'", 53, SECRET_FIELD, ONLY_HR_SECRETS));
        corpus.add(new Mutant("hr's secret name in another AWS account", 29, OWN_SECRET,
                "'" + arnStart + "eu-west-1:999999999999:secret:hr/snowflake-loader-AbCdEf'", 53, SECRET_FIELD,
                ONLY_HR_ACCOUNT));
        corpus.add(new Mutant("hr's secret name in another region", 29, OWN_SECRET,
                "'" + arnStart + "us-east-1:123456789012:secret:hr/snowflake-loader-AbCdEf'", 53, SECRET_FIELD,
                ONLY_HR_ACCOUNT));
        // buckets: another department's, the state bucket, a longer prefix, no prefix
        corpus.add(new Mutant("finance's bucket", 15, "hr-archive", "fin-archive", 17, "iamRoles[0].s3.buckets[0]",
                ONLY_HR_BUCKETS));
        corpus.add(new Mutant("the Terraform state bucket", 15, "hr-archive", "ebs-tf-state", 17,
                "iamRoles[0].s3.buckets[0]", "Terraform state bucket (terraform.backend.s3.bucket), which holds every "
                        + "department's state; no department may use it"));
        corpus.add(new Mutant("a bucket of a department whose prefix starts with hr", 15, "hr-archive", "hrx-archive",
                17, "iamRoles[0].s3.buckets[0]", ONLY_HR_BUCKETS));
        corpus.add(new Mutant("research's bucket", 15, "hr-archive", "rsch-papers", 17, "iamRoles[0].s3.buckets[0]",
                ONLY_HR_BUCKETS));
        // KMS keys: another account, another region
        corpus.add(new Mutant("a KMS key of another account", 17, "123456789012", "999999999999", 20,
                "iamRoles[0].s3.kmsKeyArns[0]", "the role may use only keys of the platform's account 123456789012 "
                        + "in eu-west-1"));
        corpus.add(new Mutant("a KMS key of another region", 17, "eu-west-1", "us-east-1", 20,
                "iamRoles[0].s3.kmsKeyArns[0]", "the role may use only keys of the platform's account 123456789012 "
                        + "in eu-west-1"));
        // topics: finance's topic, research's, a <prefix>- topic, a longer prefix
        corpus.add(new Mutant("finance's topic", 11, "hr.workday.archive", "fin.ledger.entries", 7,
                "topics[1].name", "does not start with the department prefix 'hr.'"));
        corpus.add(new Mutant("research's topic", 11, "hr.workday.archive", "rsch.papers.v1", 7, "topics[1].name",
                "does not start with the department prefix 'hr.'"));
        corpus.add(new Mutant("a <prefix>- topic", 11, "hr.workday.archive", "hr-workday-archive", 7,
                "topics[1].name", "does not start with the department prefix 'hr.'; rename it to 'hr.workday-archive'"));
        corpus.add(new Mutant("a topic of a department whose prefix starts with hr", 11, "hr.workday.archive",
                "hrx.workday.archive", 7, "topics[1].name", "does not start with the department prefix 'hr.'"));
        return corpus;
    }

    static Stream<Arguments> mutants() {
        return corpus().stream().map(Arguments::of);
    }

    @TempDir
    Path dir;
    private Path platform;
    private Path departments;

    /** The shipped platform and its finance and research departments; hr is the test's own. */
    @BeforeEach
    void copyExamples() throws IOException {
        platform = Files.writeString(dir.resolve("platform.yaml"), Files.readString(Path.of("examples/platform.yaml")));
        Files.copy(Path.of("examples/quotas.yaml"), dir.resolve("quotas.yaml"));
        departments = Files.createDirectories(dir.resolve("departments"));
        for (String other : List.of("finance.yaml", "research.yaml")) {
            Files.copy(Path.of("examples/departments").resolve(other), departments.resolve(other));
        }
    }

    @Test
    void hrWithoutMutantsValidatesAndGenerates() throws IOException {
        Path hr = Files.writeString(departments.resolve("hr.yaml"), HR);
        CliResult validate = CliTestSupport.run("validate", "--platform", platform, departments);
        assertEquals(0, validate.exitCode(), validate.toString());
        CliResult generate = CliTestSupport.run("generate", "--platform", platform, "--out", dir.resolve("generated"),
                hr);
        assertEquals(0, generate.exitCode(), generate.toString());
        String main = Files.readString(dir.resolve("generated/hr/main.tf"));
        assertTrue(main.contains("secret_name_prefix = \"hr/\""), main);
        assertTrue(main.contains("bucket_name_prefix = \"hr-\""), main);
        assertTrue(main.contains("state_bucket       = \"ebs-tf-state\""), main);
    }

    @ParameterizedTest
    @MethodSource("mutants")
    void eachMutantIsRefusedAtItsLineSayingWhatIsAllowed(Mutant mutant) throws IOException {
        String line = HR.lines().toList().get(mutant.line() - 1);
        assertTrue(line.contains(mutant.from()), () -> "line " + mutant.line() + " has no " + mutant.from() + ": " + line);
        // everywhere, so a renamed topic is still the one its connector reads
        Path hr = Files.writeString(departments.resolve("hr.yaml"), HR.replace(mutant.from(), mutant.to()));
        Path out = dir.resolve("generated");

        CliResult validate = CliTestSupport.run("validate", "--platform", platform, departments);
        CliResult generate = CliTestSupport.run("generate", "--platform", platform, "--out", out, departments);

        List<String> problems = validate.err().lines().filter(l -> !l.startsWith("error: ")).toList();
        assertEquals(1, problems.size(), validate.toString());
        String expectedStart = hr + ":" + mutant.line() + ":" + mutant.column() + ": " + mutant.field() + ": ";
        assertTrue(problems.get(0).startsWith(expectedStart), () -> "expected " + expectedStart + "\n" + validate);
        assertTrue(problems.get(0).contains(mutant.allowed()), () -> "says what is allowed: " + mutant.allowed()
                + "\n" + validate);
        assertEquals(1, validate.exitCode(), validate.toString());
        assertEquals(1, generate.exitCode(), generate.toString());
        assertTrue(generate.err().contains(expectedStart), generate.toString());
        assertFalse(Files.exists(out), "a refused generate writes nothing");
    }

    @Test
    void anAllowlistedLegacyBucketIsHrsAloneAndTheStateBucketNeverIs() throws IOException {
        Files.writeString(platform, Files.readString(platform).replace("  metricsReader: none\n",
                "  metricsReader: none\n  bucketAllowlist:\n    hr: [acme-hr-legacy-exports]\n"));
        Path hr = Files.writeString(departments.resolve("hr.yaml"), HR.replace("buckets: [hr-archive]",
                "buckets: [hr-archive, acme-hr-legacy-exports]"));
        assertEquals(0, CliTestSupport.run("validate", "--platform", platform, departments).exitCode());
        CliResult generate = CliTestSupport.run("generate", "--platform", platform, "--out", dir.resolve("generated"),
                hr);
        assertEquals(0, generate.exitCode(), generate.toString());
        assertTrue(Files.readString(dir.resolve("generated/hr/main.tf"))
                .contains("bucket_allowlist   = [\"acme-hr-legacy-exports\"]"));

        // finance may not use hr's allowlisted bucket
        Path finance = departments.resolve("finance.yaml");
        Files.writeString(finance, Files.readString(finance).replace("buckets: [fin-archive]",
                "buckets: [fin-archive, acme-hr-legacy-exports]"));
        CliResult other = CliTestSupport.run("validate", "--platform", platform, departments);
        assertEquals(1, other.exitCode(), other.toString());
        assertTrue(other.err().contains("iamRoles[0].s3.buckets[1]: bucket 'acme-hr-legacy-exports' is outside "
                + "department finance's buckets; finance may use only buckets starting with 'fin-'"), other.toString());

        // the state bucket in an allowlist is refused at its line in the platform file
        Files.writeString(platform, Files.readString(platform).replace("hr: [acme-hr-legacy-exports]",
                "hr: [acme-hr-legacy-exports, ebs-tf-state]"));
        CliResult state = CliTestSupport.run("validate", "--platform", platform, hr);
        assertEquals(1, state.exitCode(), state.toString());
        assertTrue(state.err().contains(platform + ":"), state.toString());
        assertTrue(state.err().contains("isolation.bucketAllowlist.hr[1]: 'ebs-tf-state' is the Terraform state "
                + "bucket"), state.toString());
    }

    @Test
    void aPlatformPatternMovesEveryDepartmentsSecretsUnderIt() throws IOException {
        Files.writeString(platform, Files.readString(platform)
                .replace("secretIdPattern: \"{prefix}/\"", "secretIdPattern: \"connect/{prefix}/\""));
        Path hr = Files.writeString(departments.resolve("hr.yaml"), HR);
        CliResult refused = CliTestSupport.run("validate", "--platform", platform, hr);
        assertEquals(1, refused.exitCode(), refused.toString());
        assertTrue(refused.err().contains("secretId 'hr/snowflake-loader' is outside department hr's secrets; hr may "
                + "reference only 'connect/hr/...' (the platform's isolation.secretIdPattern 'connect/{prefix}/'); "
                + "store the secret as e.g. 'connect/hr/snowflake-loader'"), refused.toString());

        Files.writeString(hr, HR.replace("secretId: hr/snowflake-loader", "secretId: connect/hr/snowflake-loader"));
        assertEquals(0, CliTestSupport.run("validate", "--platform", platform, hr).exitCode());
        assertEquals(0, CliTestSupport.run("generate", "--platform", platform, "--out", dir.resolve("generated"), hr)
                .exitCode());
        assertTrue(Files.readString(dir.resolve("generated/hr/main.tf"))
                .contains("secret_name_prefix = \"connect/hr/\""));
    }

    @Test
    void aPatternWithoutThePrefixOrThatOnePrefixCouldExtendIsRefused() throws IOException {
        for (String pattern : List.of("shared/", "{prefix}", "x{prefix}y/")) {
            Files.writeString(platform, Files.readString(Path.of("examples/platform.yaml"))
                    .replace("secretIdPattern: \"{prefix}/\"", "secretIdPattern: \"" + pattern + "\""));
            CliResult result = CliTestSupport.run("validate", "--platform", platform, departments);
            assertEquals(1, result.exitCode(), pattern + ": " + result);
            assertTrue(result.err().contains("isolation.secretIdPattern: '" + pattern + "' is not valid; expected a "
                    + "secret name start holding {prefix} once, followed by one of /_+=.@-"), result.toString());
        }
    }

    @Test
    void aSelfManagedConnectorCannotNameItsSecretByArn() throws IOException {
        Path research = departments.resolve("research.yaml");
        Files.writeString(research, Files.readString(research).replace("secretId: rsch/lab-db",
                "secretId: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:rsch/lab-db-AbCdEf'"));
        CliResult result = CliTestSupport.run("validate", "--platform", platform, research);
        assertEquals(1, result.exitCode(), result.toString());
        assertTrue(result.err().contains("Kafka Connect splits at ':', so an ARN cannot be one; write the secret's "
                + "name 'rsch/lab-db-AbCdEf'"), result.toString());
    }

    @Test
    void theCorpusIsAsLargeAsTheReportSays() {
        assertEquals(17, corpus().size());
    }
}
