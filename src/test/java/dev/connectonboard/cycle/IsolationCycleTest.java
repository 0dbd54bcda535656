package dev.connectonboard.cycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectonboard.testsupport.StandInCycle;
import dev.connectonboard.testsupport.TerraformCli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the generated roots grant, read from real plans and applies through the stand-in providers: every IAM policy
 * names only the department's own secrets and buckets, plan-time secret reads stay inside its secret path, the
 * metrics reader gets no MetricsViewer binding unless the platform asks for one (and then on the cluster, never the
 * organization), and a hand-edited root that reaches another department's secret or bucket fails at plan.
 */
class IsolationCycleTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRETS = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:";
    private static final String CLUSTER_CRN = "crn://confluent.cloud/organization=0b3c5a8e-1111-2222-3333-444455556666"
            + "/environment=env-7q2x9m/cloud-cluster=lkc-5k3p2d";
    /** Actions that have no resource scope in IAM, so they may name "*". */
    private static final List<String> UNSCOPED = List.of("s3:ListAllMyBuckets", "ecr:GetAuthorizationToken",
            "ecr:BatchCheckLayerAvailability", "ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage");

    @TempDir
    static Path work;
    private static StandInCycle cycle;

    @BeforeAll
    static void generate() {
        cycle = StandInCycle.ofExamples(work);
        cycle.generate();
    }

    @AfterAll
    static void stop() {
        cycle.close();
    }

    /**
     * research is self-managed: its task role reads the connectors' secrets and assumes its S3 role, both applied so
     * every ARN in the policies is known.
     */
    @Test
    void everyIamPolicyOfASelfManagedDepartmentNamesOnlyItsOwnSecretsAndBuckets() throws IOException {
        StandInCycle.Root research = cycle.root("research");
        research.converge();
        List<JsonNode> policies = resources(research.state(), "aws_iam_role_policy");
        assertTrue(policies.size() >= 3, "task, execution and S3 role policies: " + policies);
        List<String> secrets = new ArrayList<>();
        for (JsonNode policy : policies) {
            for (JsonNode statement : JSON.readTree(policy.path("values").path("policy").asText()).path("Statement")) {
                for (String resource : strings(statement.path("Resource"))) {
                    if (resource.startsWith("arn:aws:secretsmanager:")) {
                        secrets.add(resource);
                        assertTrue(resource.startsWith(SECRETS + "rsch/"), "outside rsch/: " + statement);
                    } else if (resource.startsWith("arn:aws:s3:::")) {
                        assertTrue(resource.startsWith("arn:aws:s3:::rsch-"), "outside rsch-: " + statement);
                    } else if (resource.equals("*")) {
                        assertTrue(UNSCOPED.containsAll(strings(statement.path("Action"))), "* only for actions "
                                + "without a resource scope: " + statement);
                    }
                }
            }
        }
        assertTrue(secrets.contains(SECRETS + "rsch/lab-db-??????"), "the connector's secret is granted: " + secrets);
    }

    /** finance is managed: its secrets are read at plan time with the platform's credentials. */
    @Test
    void aManagedDepartmentReadsOnlyItsOwnSecretsAtPlanTimeAndItsRoleOnlyItsBuckets() throws IOException {
        StandInCycle.Root finance = cycle.root("finance");
        finance.init();
        StandInCycle.Plan plan = finance.plan();
        // data sources read during plan are in the plan's prior state (and, by some versions, its planned values)
        java.util.Set<String> read = new java.util.TreeSet<>();
        for (String part : List.of("prior_state", "planned_values")) {
            JsonNode module = part.equals("prior_state") ? plan.json().path(part).path("values").path("root_module")
                    : plan.json().path(part).path("root_module");
            collect(module, "aws_secretsmanager_secret_version", true, new ArrayList<>())
                    .forEach(d -> read.add(d.path("values").path("secret_id").asText()));
        }
        assertEquals(java.util.Set.of("fin/payments-db", "fin/snowflake-loader"), read);
        JsonNode s3 = JSON.readTree(plan.planned().resources().stream()
                .filter(r -> r.path("type").asText().equals("aws_iam_role_policy")).findFirst().orElseThrow()
                .path("values").path("policy").asText());
        for (JsonNode statement : s3.path("Statement")) {
            for (String resource : strings(statement.path("Resource"))) {
                assertTrue(resource.equals("*") ? strings(statement.path("Action")).equals(List.of("s3:ListAllMyBuckets"))
                        : resource.startsWith("arn:aws:s3:::fin-"), statement.toString());
            }
        }
    }

    @Test
    void theMetricsReaderIsBoundNowhereByDefaultAndOnTheClusterWhenThePlatformAsks() throws IOException {
        StandInCycle.Root hr = cycle.root("hr");
        hr.init();
        assertEquals(List.of(), metricsViewerBindings(hr.plan()), "metricsReader none: no MetricsViewer binding");

        Path platform = cycle.platformFile();
        String none = Files.readString(platform);
        try {
            Files.writeString(platform, none.replace("metricsReader: none", "metricsReader: cluster"));
            cycle.generate();
            List<JsonNode> bindings = metricsViewerBindings(hr.plan());
            assertEquals(1, bindings.size(), bindings.toString());
            assertEquals(CLUSTER_CRN, bindings.get(0).path("values").path("crn_pattern").asText());
        } finally {
            Files.writeString(platform, none);
            cycle.generate();
        }
    }

    /** The modules' own validations: a root edited by hand past validate still cannot reach another department. */
    @Test
    void aHandEditedRootNamingAnotherDepartmentsSecretOrBucketFailsAtPlan() throws IOException {
        StandInCycle.Root hr = cycle.root("hr");
        hr.init();
        Path main = hr.dir().resolve("main.tf");
        String generated = Files.readString(main);
        try {
            Files.writeString(main, generated.replace("secret_id = \"hr/snowflake-loader\"",
                    "secret_id = \"fin/payments-db\""));
            TerraformCli.Result secret = hr.attempt("plan", "-input=false", "-no-color");
            assertFalse(secret.ok(), secret.output());
            assertTrue(flat(secret).contains("Every secret_id must be the department's"), secret.output());

            Files.writeString(main, generated.replace("  iam_roles = []", """
                      iam_roles = [
                        { name = "w", s3_buckets = ["ebs-tf-state"], s3_access = "write" },
                      ]"""));
            TerraformCli.Result bucket = hr.attempt("plan", "-input=false", "-no-color");
            assertFalse(bucket.ok(), bucket.output());
            assertTrue(flat(bucket).contains("none may be the Terraform state bucket"), bucket.output());
        } finally {
            Files.writeString(main, generated);
        }
    }

    private static String flat(TerraformCli.Result result) {
        return result.output().replaceAll("[\\s│]+", " ");
    }

    private static List<JsonNode> metricsViewerBindings(StandInCycle.Plan plan) {
        return plan.planned().resources().stream()
                .filter(r -> r.path("type").asText().equals("confluent_role_binding"))
                .filter(r -> r.path("values").path("role_name").asText().equals("MetricsViewer")).toList();
    }

    private static List<JsonNode> resources(JsonNode state, String type) {
        return collect(state.path("values").path("root_module"), type, false, new ArrayList<>());
    }

    private static List<JsonNode> collect(JsonNode module, String type, boolean data, List<JsonNode> into) {
        module.path("resources").forEach(r -> {
            if (r.path("type").asText().equals(type) && r.path("mode").asText().equals(data ? "data" : "managed")) {
                into.add(r);
            }
        });
        module.path("child_modules").forEach(child -> collect(child, type, data, into));
        return into;
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
