package dev.connectonboard.operator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plan gate in the CI examples: pull requests plan only touched departments, save the plan, run the gate on its
 * JSON and publish the reports; merges apply exactly the saved plan that passed the gate, after the gate again and a
 * fresh plan compared with it. Saved and JSON plans (they hold secrets in clear text) never become artifacts.
 */
class CiPlanGateTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path GITHUB = Path.of("examples/ci/github-actions.yml");
    private static final Path GITLAB = Path.of("examples/ci/gitlab-ci.yml");

    private static JsonNode read(Path file) throws IOException {
        return YAML.readTree(Files.readString(file));
    }

    /** The job's shell commands in order, each as one line of words. */
    private static List<String> githubCommands(JsonNode job) {
        List<String> lines = new ArrayList<>();
        for (JsonNode step : job.path("steps")) {
            if (step.has("run")) {
                ShellWords.commands(step.path("run").asText()).forEach(w -> lines.add(String.join(" ", w)));
            }
        }
        return lines;
    }

    private static List<String> gitlabCommands(JsonNode job) {
        List<String> lines = new ArrayList<>();
        for (JsonNode line : job.path("script")) {
            // "if ...; then aws s3 cp ..." splits into "then aws s3 cp ...": the command is what follows "then"
            ShellWords.commands(line.asText()).forEach(w -> lines.add(String.join(" ", w).replaceFirst("^then ", "")));
        }
        return lines;
    }

    private static int indexOf(List<String> commands, String start) {
        for (int i = 0; i < commands.size(); i++) {
            if (commands.get(i).startsWith(start)) {
                return i;
            }
        }
        return -1;
    }

    /** Pull request: plan -out, show -json, plan check in every report format, the saved plan kept only after it. */
    private static void assertPullRequestGate(List<String> plan) {
        int saved = indexOf(plan, "terraform -chdir=$GENERATED/$DEPARTMENT plan");
        assertTrue(saved >= 0 && plan.get(saved).endsWith("-out=tfplan"), plan.toString());
        int json = indexOf(plan, "terraform -chdir=$GENERATED/$DEPARTMENT show -json tfplan");
        assertTrue(json > saved, "show -json of the saved plan: " + plan);
        for (String format : List.of("junit", "markdown", "sarif")) {
            int gate = indexOf(plan, "./connect-onboard plan check --platform $PLATFORM --plan plan.json --format "
                    + format + " --output plan-report-$DEPARTMENT.");
            assertTrue(gate > json, format + " report of the gate: " + plan);
        }
        int kept = indexOf(plan, "aws s3 cp $GENERATED/$DEPARTMENT/tfplan s3://$PLAN_BUCKET/plans/");
        assertTrue(kept > indexOf(plan, "./connect-onboard plan check"), "the plan is kept after the gate: " + plan);
        assertTrue(indexOf(plan, "rm -f plan.json") > json, "the JSON plan is removed from the workspace");
    }

    /** Merge: the gate on the approved plan, a fresh plan compared with it, then apply of the approved plan only. */
    private static void assertMergeAppliesOnlyTheApprovedPlan(List<String> apply) {
        int fetched = indexOf(apply, "aws s3 cp s3://$PLAN_BUCKET/plans/");
        assertTrue(fetched >= 0 && apply.get(fetched).endsWith("$GENERATED/$DEPARTMENT/approved.tfplan"
                + " --only-show-errors"), apply.toString());
        int json = indexOf(apply, "terraform -chdir=$GENERATED/$DEPARTMENT show -json approved.tfplan");
        int gate = indexOf(apply, "./connect-onboard plan check --platform $PLATFORM --plan approved.json");
        int fresh = indexOf(apply, "terraform -chdir=$GENERATED/$DEPARTMENT plan -input=false -out=fresh.tfplan");
        int freshJson = indexOf(apply, "terraform -chdir=$GENERATED/$DEPARTMENT show -json fresh.tfplan");
        int compare = indexOf(apply, "./connect-onboard plan compare --approved approved.json --plan fresh.json");
        List<String> applies = apply.stream().filter(c -> c.matches("terraform \\S+ apply.*")).toList();
        assertEquals(List.of("terraform -chdir=$GENERATED/$DEPARTMENT apply -input=false approved.tfplan"), applies,
                "the only apply is of the approved plan");
        int applied = apply.indexOf(applies.get(0));
        assertTrue(fetched < json && json < gate && gate < fresh && fresh < freshJson && freshJson < compare
                && compare < applied, "fetch, gate, fresh plan, compare, then apply: " + apply);
    }

    @Test
    void githubGatesEveryPullRequestPlanAndAppliesOnlyTheApprovedOne() throws IOException {
        JsonNode jobs = read(GITHUB).path("jobs");
        assertPullRequestGate(githubCommands(jobs.path("plan")));
        assertMergeAppliesOnlyTheApprovedPlan(githubCommands(jobs.path("apply")));

        String keep = "";
        for (JsonNode step : jobs.path("plan").path("steps")) {
            if (step.path("run").asText().startsWith("aws s3 cp")) {
                keep = step.path("if").asText();
            }
        }
        assertEquals("steps.gate.outputs.status == '0'", keep, "only a plan that passed the gate is kept");
        String departments = "";
        for (JsonNode step : jobs.path("validate").path("steps")) {
            if (step.path("id").asText().equals("departments")) {
                departments = step.path("run").asText();
            }
        }
        assertTrue(departments.contains("examples/ci/changed-departments.sh \"$BASE\""), departments);
    }

    @Test
    void githubPublishesTheGatesReportsFromTheJobThatRunsNoPullRequestCode() throws IOException {
        JsonNode report = read(GITHUB).path("jobs").path("report");
        assertTrue(report.path("needs").toString().contains("plan"), report.path("needs").toString());
        assertEquals("write", report.path("permissions").path("security-events").asText());
        List<String> uses = new ArrayList<>();
        StringBuilder runs = new StringBuilder();
        for (JsonNode step : report.path("steps")) {
            uses.add(step.path("uses").asText() + " " + step.path("with").toString());
            runs.append(step.path("run").asText()).append('\n');
        }
        assertTrue(uses.stream().anyMatch(u -> u.startsWith("github/codeql-action/upload-sarif@")), uses.toString());
        assertTrue(uses.stream().anyMatch(u -> u.contains("plan-report-*.xml")), uses.toString());
        assertTrue(runs.toString().contains("gh pr comment \"$PR\" --body-file \"$report\""), runs.toString());
    }

    @Test
    void gitlabGatesEveryMergeRequestPlanAndAppliesOnlyTheApprovedOne() throws IOException {
        JsonNode pipeline = read(GITLAB);
        List<String> plan = gitlabCommands(pipeline.path("plan"));
        assertPullRequestGate(plan);
        assertTrue(plan.get(0).contains("examples/ci/changed-departments.sh $CI_MERGE_REQUEST_DIFF_BASE_SHA"),
                "unchanged departments stop before any credential is used: " + plan);
        assertEquals("plan-report-*.xml", pipeline.path("plan").path("artifacts").path("reports").path("junit")
                .asText());
        assertMergeAppliesOnlyTheApprovedPlan(gitlabCommands(pipeline.path("apply")));
    }

    @Test
    void noSavedOrJsonPlanBecomesAnArtifact() throws IOException {
        List<String> artifacts = new ArrayList<>();
        read(GITHUB).path("jobs").forEach(job -> job.path("steps").forEach(step -> {
            if (step.path("uses").asText().startsWith("actions/upload-artifact")) {
                artifacts.add(step.path("with").path("path").asText());
            }
        }));
        read(GITLAB).forEach(job -> job.path("artifacts").path("paths").forEach(p -> artifacts.add(p.asText())));
        assertFalse(artifacts.isEmpty());
        for (String path : artifacts) {
            assertFalse(path.contains("tfplan") || path.contains("plan.json") || path.contains("approved")
                    || path.equals("*") || path.contains("generated"), "artifact " + path);
        }
    }
}
