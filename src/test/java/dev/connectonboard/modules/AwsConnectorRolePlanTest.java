package dev.connectonboard.modules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectonboard.testsupport.PlanJson;
import dev.connectonboard.testsupport.TerraformCli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AwsConnectorRolePlanTest {

    private static final String WRITER = "module.archive_writer.aws_iam_role.this";
    private static final String READER = "module.landing_reader.aws_iam_role.this";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "arn:aws:kms:eu-west-1:123456789012:key/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b";

    @TempDir
    static Path work;
    static PlanJson plan;

    @BeforeAll
    static void planHarness() throws Exception {
        plan = Harness.plan(TerraformCli.assumeAvailable(), work, "aws-connector-role");
    }

    @Test
    void namesEachRoleAfterThePrefixAndTagsIt() {
        JsonNode role = plan.requireResource(WRITER).path("values");
        assertEquals("fin-archive-writer", role.path("name").asText());
        assertEquals("CC-1234", role.path("tags").path("CostCenter").asText());
        assertEquals("fin-landing-reader", plan.requireResource(READER).path("values").path("name").asText());
        assertEquals(4, plan.createCount(), "two roles, each with one inline S3 policy: " + plan.addresses());
    }

    @Test
    void trustsOnlyTheConfluentRoleAndRequiresTheExternalId() throws Exception {
        JsonNode trust = JSON.readTree(plan.requireResource(WRITER).path("values").path("assume_role_policy").asText());
        assertEquals(1, trust.path("Statement").size());
        JsonNode statement = trust.path("Statement").get(0);
        assertEquals("sts:AssumeRole", statement.path("Action").asText());
        assertEquals("arn:aws:iam::987654321098:role/confluent-cspi-abc123", statement.path("Principal").path("AWS").asText());
        assertEquals("6b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0",
                statement.path("Condition").path("StringEquals").path("sts:ExternalId").asText());
    }

    @Test
    void selfManagedRoleTrustsTheTaskRoleWithoutExternalId() throws Exception {
        JsonNode trust = JSON.readTree(plan.requireResource(READER).path("values").path("assume_role_policy").asText());
        JsonNode statement = trust.path("Statement").get(0);
        assertEquals("arn:aws:iam::123456789012:role/fin-connect-task", statement.path("Principal").path("AWS").asText());
        assertTrue(statement.path("Condition").isMissingNode(), "no external id condition: " + statement);
    }

    @Test
    void writePolicyScopesEveryActionToTheNamedBucketsExceptListAllMyBuckets() throws Exception {
        JsonNode policy = inlinePolicy("module.archive_writer.aws_iam_role_policy.s3");
        List<String> named = List.of("fin-archive", "fin-archive-eu", "legacy-finance-exports");
        for (JsonNode statement : policy.path("Statement")) {
            List<String> resources = strings(statement.path("Resource"));
            if (resources.contains("*")) {
                assertEquals(List.of("s3:ListAllMyBuckets"), strings(statement.path("Action")),
                        "only ListAllMyBuckets may use *: " + statement);
            } else if (statement.path("Sid").asText().equals("BucketKeysThroughS3")) {
                assertEquals(List.of(KEY), resources, statement.toString());
            } else {
                assertTrue(resources.stream().allMatch(r -> named.stream().anyMatch(b ->
                        r.equals("arn:aws:s3:::" + b) || r.equals("arn:aws:s3:::" + b + "/*"))), statement.toString());
            }
        }
        assertTrue(actions(policy).contains("s3:PutObject"));
        assertTrue(actions(policy).contains("s3:AbortMultipartUpload"));
    }

    @Test
    void kmsKeysAreUsableOnlyThroughS3InThePlatformsRegion() throws Exception {
        JsonNode kms = statement(inlinePolicy("module.archive_writer.aws_iam_role_policy.s3"), "BucketKeysThroughS3");
        assertEquals(List.of("kms:Decrypt", "kms:GenerateDataKey"), strings(kms.path("Action")).stream().sorted().toList());
        assertEquals(List.of(KEY), strings(kms.path("Resource")));
        assertEquals("s3.eu-west-1.amazonaws.com",
                kms.path("Condition").path("StringEquals").path("kms:ViaService").asText(), kms.toString());
        JsonNode reader = inlinePolicy("module.landing_reader.aws_iam_role_policy.s3");
        assertTrue(actions(reader).stream().noneMatch(a -> a.startsWith("kms:")), "no key, no KMS grant: " + reader);
    }

    /**
     * A caller outside the department's buckets fails at plan in the module's own validation: another department's
     * bucket, the state bucket (even allowlisted), a KMS key of another account or an alias.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "[\"hr-exports\"]|[]|must start with the department's bucket_name_prefix",
            "[\"fin-archive\", \"ebs-tf-state\"]|[]|must not name the Terraform state bucket",
            "[\"fina-archive\"]|[]|must start with the department's bucket_name_prefix",
            "[\"fin-archive\"]|[\"arn:aws:kms:eu-west-1:999999999999:key/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b\"]|kms_key_arns must be KMS key ARNs",
            "[\"fin-archive\"]|[\"arn:aws:kms:eu-west-1:123456789012:alias/fin\"]|kms_key_arns must be KMS key ARNs"})
    void aBucketOrKeyOutsideTheDepartmentFailsThePlan(String buckets, String keys, String message,
                                                       @TempDir Path own) throws Exception {
        TerraformCli tf = TerraformCli.assumeAvailable();
        Path root = Harness.stage(own, "aws-connector-role");
        tf.init(root).requireSuccess();
        TerraformCli.Result result = tf.plan(root, root.resolve("refused.tfplan"), "-var", "writer_buckets=" + buckets,
                "-var", "writer_kms_key_arns=" + keys);
        assertFalse(result.ok(), result.output());
        assertTrue(result.output().replaceAll("[\\s│]+", " ").contains(message), result.output());
    }

    @Test
    void theStateBucketIsRefusedEvenWhenAllowlisted(@TempDir Path own) throws Exception {
        TerraformCli tf = TerraformCli.assumeAvailable();
        Path root = Harness.stage(own, "aws-connector-role");
        Files.writeString(root.resolve("main.tf"), Files.readString(root.resolve("main.tf"))
                .replace("bucket_allowlist   = [\"legacy-finance-exports\"]",
                        "bucket_allowlist   = [\"legacy-finance-exports\", \"ebs-tf-state\"]"));
        tf.init(root).requireSuccess();
        TerraformCli.Result result = tf.plan(root, root.resolve("refused.tfplan"),
                "-var", "writer_buckets=[\"ebs-tf-state\"]");
        assertFalse(result.ok(), result.output());
        assertTrue(result.output().replaceAll("[\\s│]+", " ").contains("must not name the Terraform state bucket"),
                result.output());
    }

    private static JsonNode statement(JsonNode policy, String sid) {
        for (JsonNode statement : policy.path("Statement")) {
            if (statement.path("Sid").asText().equals(sid)) {
                return statement;
            }
        }
        throw new AssertionError("no statement " + sid + " in " + policy);
    }

    @Test
    void readPolicyGrantsNoWriteAction() throws Exception {
        List<String> actions = actions(inlinePolicy("module.landing_reader.aws_iam_role_policy.s3"));
        assertTrue(actions.contains("s3:GetObject"));
        assertFalse(actions.stream().anyMatch(a -> a.startsWith("s3:Put") || a.contains("Multipart")), actions.toString());
    }

    private static JsonNode inlinePolicy(String address) throws Exception {
        return JSON.readTree(plan.requireResource(address).path("values").path("policy").asText());
    }

    private static List<String> actions(JsonNode policy) {
        List<String> actions = new ArrayList<>();
        policy.path("Statement").forEach(s -> actions.addAll(strings(s.path("Action"))));
        return actions;
    }

    private static List<String> strings(JsonNode stringOrArray) {
        List<String> values = new ArrayList<>();
        if (stringOrArray.isArray()) {
            stringOrArray.forEach(v -> values.add(v.asText()));
        } else if (!stringOrArray.isMissingNode()) {
            values.add(stringOrArray.asText());
        }
        return values;
    }
}
