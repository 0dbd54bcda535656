package dev.connectonboard.operator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Who holds the platform's credentials in the CI examples. A pull request can change the code every job runs, so:
 * no job that can run on a pull request holds a credential outside an environment the platform team must approve;
 * jobs that write to the repository run none of the pull request's code; jobs that talk to the cluster's private
 * REST endpoint (terraform) run inside the platform network; CODEOWNERS keeps that code with the platform team.
 */
class CiCredentialsTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path GITHUB = Path.of("examples/ci/github-actions.yml");
    private static final Path GITLAB = Path.of("examples/ci/gitlab-ci.yml");
    private static final Path CODEOWNERS = Path.of("examples/ci/CODEOWNERS");
    private static final String PLATFORM_TEAM = "@ebs/platform";
    /** Environments the platform team approves before a job starts. */
    private static final Set<String> REVIEWED = Set.of("platform-plan", "production");
    /** Environments only the default branch may use (no pull request's code). */
    private static final Set<String> MAIN_ONLY = Set.of("production", "platform-status");
    private static final Pattern CREDENTIAL_NAME = Pattern.compile("(?i).*(KEY|SECRET|TOKEN|PASSWORD|CREDENTIAL).*");
    private static final Pattern SECRET_EXPRESSION = Pattern.compile("secrets\\.(?!GITHUB_TOKEN\\b)\\w+");

    private static JsonNode read(Path file) throws IOException {
        return YAML.readTree(Files.readString(file));
    }

    // ---- GitHub Actions ----

    @Test
    void githubGivesNoCredentialToTheWholeWorkflow() throws IOException {
        JsonNode workflow = read(GITHUB);

        assertFalse(SECRET_EXPRESSION.matcher(workflow.path("env").toString()).find(),
                "workflow-level env hands secrets to every job, including those running a pull request's code: "
                        + workflow.path("env"));
        assertEquals("{\"contents\":\"read\"}", workflow.path("permissions").toString(),
                "workflow-level permissions must be read-only; jobs ask for more themselves");
        assertFalse(workflow.path("on").has("pull_request_target"),
                "pull_request_target runs with the base repository's secrets");
    }

    @Test
    void githubJobsHoldCredentialsOnlyInsideAnEnvironmentTheHeaderDocuments() throws IOException {
        JsonNode workflow = read(GITHUB);
        String header = header(GITHUB);
        int credentialed = 0;
        for (Map.Entry<String, JsonNode> job : githubJobs(workflow).entrySet()) {
            String name = job.getKey();
            JsonNode body = job.getValue();
            boolean holds = SECRET_EXPRESSION.matcher(body.toString()).find()
                    || "write".equals(body.path("permissions").path("id-token").asText());
            String environment = body.path("environment").asText(body.path("environment").path("name").asText());
            if (!holds) {
                continue;
            }
            credentialed++;
            assertFalse(environment.isEmpty(), "job " + name + " holds a credential outside an environment");
            assertTrue(REVIEWED.contains(environment) || MAIN_ONLY.contains(environment),
                    "job " + name + ": unknown environment " + environment);
            if (githubRunsOnPullRequest(body)) {
                assertTrue(REVIEWED.contains(environment), "job " + name + " runs on pull requests with environment "
                        + environment + ", which the platform team does not approve");
            }
            if (environment.equals("production")) {
                String condition = body.path("if").asText();
                assertTrue(condition.contains("github.event_name == 'push'")
                        && condition.contains("github.ref == 'refs/heads/main'"), name + ": " + condition);
            }
            assertTrue(headerLineOf(header, environment).contains(REVIEWED.contains(environment)
                            ? "required reviewers" : "deployment branches: main only"),
                    "the header must say how environment " + environment + " is protected");
        }
        assertEquals(4, credentialed, "quota, plan, apply and status-page hold credentials");
        assertTrue(header.contains("NO repository or organization secrets"), "secrets live in the environments only");
        assertTrue(header.contains("environment:platform-plan") && header.contains("environment:production"),
                "AWS roles must trust the OIDC token of the environment only");
    }

    @Test
    void githubJobsThatWriteToTheRepositoryRunNoCodeOfThePullRequest() throws IOException {
        int writers = 0;
        for (Map.Entry<String, JsonNode> job : githubJobs(read(GITHUB)).entrySet()) {
            JsonNode permissions = job.getValue().path("permissions");
            boolean writes = false;
            for (Map.Entry<String, JsonNode> p : iterable(permissions)) {
                writes |= !p.getKey().equals("id-token") && p.getValue().asText().equals("write");
            }
            if (!writes) {
                continue;
            }
            writers++;
            for (JsonNode step : job.getValue().path("steps")) {
                assertFalse(step.path("uses").asText().startsWith("actions/checkout"),
                        "job " + job.getKey() + " may write to the repository and checks the pull request out");
                assertFalse(step.path("run").asText().contains("./"),
                        "job " + job.getKey() + " may write to the repository and runs a file of it");
            }
        }
        assertEquals(1, writers, "the report job posts the quota report");
    }

    @Test
    void githubTerraformJobsRunInsideThePlatformNetworkAndCheckoutsKeepNoToken() throws IOException {
        int terraformJobs = 0;
        for (Map.Entry<String, JsonNode> job : githubJobs(read(GITHUB)).entrySet()) {
            boolean terraform = false;
            for (JsonNode step : job.getValue().path("steps")) {
                terraform |= step.path("run").asText().startsWith("terraform ");
                if (step.path("uses").asText().startsWith("actions/checkout")) {
                    assertEquals("false", step.path("with").path("persist-credentials").asText(),
                            "job " + job.getKey() + " leaves the checkout token in .git/config");
                }
            }
            if (terraform) {
                terraformJobs++;
                List<String> labels = new ArrayList<>();
                job.getValue().path("runs-on").forEach(l -> labels.add(l.asText()));
                assertEquals(List.of("self-hosted", "platform-network"), labels,
                        "job " + job.getKey() + " talks to the private REST endpoint from outside the network");
            }
        }
        assertEquals(2, terraformJobs);
    }

    private static Map<String, JsonNode> githubJobs(JsonNode workflow) {
        Map<String, JsonNode> jobs = new LinkedHashMap<>();
        iterable(workflow.path("jobs")).forEach(e -> jobs.put(e.getKey(), e.getValue()));
        return jobs;
    }

    /** A job without a condition, or whose condition admits the pull_request event. */
    private static boolean githubRunsOnPullRequest(JsonNode job) {
        String condition = job.path("if").asText();
        return condition.isEmpty() || condition.contains("== 'pull_request'") || condition.contains("!= '");
    }

    // ---- GitLab CI ----

    @Test
    void gitlabKeepsCredentialsOutOfThePipelineFile() throws IOException {
        JsonNode pipeline = read(GITLAB);

        for (Map.Entry<String, JsonNode> variable : iterable(pipeline.path("variables"))) {
            assertFalse(CREDENTIAL_NAME.matcher(variable.getKey()).matches(),
                    "pipeline variable " + variable.getKey() + " reaches every job, including merge requests'");
        }
        String header = header(GITLAB);
        assertTrue(header.contains("scoped to an environment") && header.contains("none with the scope \"All\""),
                "the header must say the credentials are environment-scoped variables");
    }

    @Test
    void gitlabJobsNeedingCredentialsDeployToAProtectedEnvironment() throws IOException {
        JsonNode pipeline = read(GITLAB);
        String header = header(GITLAB);
        int credentialed = 0;
        for (Map.Entry<String, JsonNode> job : gitlabJobs(pipeline).entrySet()) {
            String name = job.getKey();
            JsonNode body = job.getValue();
            if (!gitlabNeedsCredentials(pipeline, body)) {
                continue;
            }
            credentialed++;
            JsonNode environment = body.path("environment");
            String envName = environment.isTextual() ? environment.asText() : environment.path("name").asText();
            assertFalse(envName.isEmpty(), "job " + name + " needs platform credentials but deploys to no environment");
            assertEquals("start", environment.path("action").asText("start"),
                    "job " + name + ": only deploying jobs wait for deployment approval");
            String rules = body.path("rules").toString() + inheritedRules(pipeline, body);
            if (rules.contains("merge_request_event")) {
                assertTrue(REVIEWED.contains(envName), "job " + name + " runs on merge requests in " + envName);
            } else {
                assertTrue(MAIN_ONLY.contains(envName), "job " + name + ": " + envName);
                assertTrue(rules.contains("$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH")
                        || rules.contains("$CI_PIPELINE_SOURCE == \\\"schedule\\\""), name + ": " + rules);
            }
            assertFalse(headerLineOf(header, envName).isEmpty(),
                    "the header must list the variables of environment " + envName);
            assertTrue(header.contains(envName + " allowed to deploy:"),
                    "the header must say who may deploy to " + envName);
        }
        assertEquals(4, credentialed, "quota, plan, apply and status-page need credentials");
        assertTrue(header.contains("approval rule"), "deployment approvals must be documented");
    }

    @Test
    void gitlabTerraformJobsRunOnTheRunnerInsideThePlatformNetwork() throws IOException {
        JsonNode pipeline = read(GITLAB);
        int terraformJobs = 0;
        for (Map.Entry<String, JsonNode> job : gitlabJobs(pipeline).entrySet()) {
            if (!scriptText(pipeline, job.getValue()).contains("terraform ")) {
                continue;
            }
            terraformJobs++;
            assertTrue(inherited(pipeline, job.getValue(), "tags").toString().contains("platform-network"),
                    "job " + job.getKey() + " talks to the private REST endpoint from outside the network");
        }
        assertEquals(2, terraformJobs);
    }

    /** Runs terraform, an online quota check, status, or uses a credential variable. */
    private static boolean gitlabNeedsCredentials(JsonNode pipeline, JsonNode job) {
        for (List<String> words : ShellWords.commands(scriptText(pipeline, job))) {
            String line = String.join(" ", words);
            if (words.get(0).equals("terraform") && !words.contains("fmt")
                    || line.contains("connect-onboard quota check") && !words.contains("--offline")
                    || line.contains("connect-onboard status")) {
                return true;
            }
        }
        return Pattern.compile("\\$\\{?(CONFLUENT_CLOUD_API|KAFKA_API|GITLAB_NOTES_TOKEN|AWS_)")
                .matcher(scriptText(pipeline, job)).find();
    }

    private static Map<String, JsonNode> gitlabJobs(JsonNode pipeline) {
        Set<String> settings = Set.of("stages", "variables", "workflow", "default", "include");
        Map<String, JsonNode> jobs = new LinkedHashMap<>();
        iterable(pipeline).forEach(e -> {
            if (!settings.contains(e.getKey()) && !e.getKey().startsWith(".") && e.getValue().isObject()) {
                jobs.put(e.getKey(), e.getValue());
            }
        });
        return jobs;
    }

    private static String scriptText(JsonNode pipeline, JsonNode job) {
        StringBuilder text = new StringBuilder();
        for (String part : List.of("before_script", "script", "after_script")) {
            JsonNode lines = inherited(pipeline, job, part);
            for (JsonNode line : lines.isArray() ? lines : List.of(lines)) {
                text.append(line.asText()).append('\n');
            }
        }
        return text.toString();
    }

    private static String inheritedRules(JsonNode pipeline, JsonNode job) {
        return job.has("rules") ? "" : inherited(pipeline, job, "rules").toString();
    }

    /** A job's key, or the first template's it extends (GitLab merges extends; the job's own key wins). */
    private static JsonNode inherited(JsonNode pipeline, JsonNode job, String key) {
        if (job.has(key)) {
            return job.get(key);
        }
        JsonNode parents = job.path("extends");
        for (JsonNode parent : parents.isArray() ? parents : List.of(parents)) {
            if (!parent.isTextual()) {
                continue;
            }
            JsonNode found = inherited(pipeline, pipeline.path(parent.asText()), key);
            if (!found.isMissingNode()) {
                return found;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    // ---- CODEOWNERS ----

    @Test
    void codeownersKeepsTheCodeCiRunsWithThePlatformTeam() throws IOException {
        List<String[]> rules = new ArrayList<>();
        for (String line : Files.readAllLines(CODEOWNERS)) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                rules.add(trimmed.split("\\s+"));
            }
        }
        for (String path : List.of("modules/topics/main.tf", "templates/root/main.tf.ftl",
                "src/main/java/dev/connectonboard/cli/Main.java", "src/test/resources/x.yaml",
                "examples/ci/github-actions.yml", "examples/ci/CODEOWNERS", "pom.xml", "connect-onboard",
                ".github/workflows/connect-onboard.yml", ".gitlab-ci.yml", "examples/platform.yaml",
                "examples/quotas.yaml", "README.md")) {
            assertEquals(List.of(PLATFORM_TEAM), ownersOf(rules, path), path);
        }
        List<String> finance = ownersOf(rules, "examples/departments/finance.yaml");
        assertTrue(finance.contains(PLATFORM_TEAM) && finance.size() == 2, finance.toString());
        assertTrue(ownersOf(rules, "examples/departments/unknown.yaml").equals(List.of(PLATFORM_TEAM)));
    }

    @Test
    void codeownersPatternsMatchLikeGit() {
        assertTrue(matches("/modules/", "modules/a/b.tf"));
        assertFalse(matches("/modules/", "src/modules/a.tf"));
        assertTrue(matches("*", "anything/at/all"));
        assertTrue(matches("/pom.xml", "pom.xml"));
        assertFalse(matches("/pom.xml", "sub/pom.xml"));
        assertTrue(matches("docs/*.md", "docs/a.md"));
    }

    /** Owners of the last rule matching the path (GitHub's and GitLab's rule: the last match wins). */
    private static List<String> ownersOf(List<String[]> rules, String path) {
        List<String> owners = null;
        for (String[] rule : rules) {
            if (matches(rule[0], path)) {
                owners = List.of(rule).subList(1, rule.length);
            }
        }
        if (owners == null) {
            fail("no CODEOWNERS rule for " + path);
        }
        return owners;
    }

    /** The gitignore subset CODEOWNERS files use: leading / anchors, trailing / means a folder, * one segment. */
    private static boolean matches(String pattern, String path) {
        boolean anchored = pattern.startsWith("/") || pattern.substring(0, pattern.length() - 1).contains("/");
        String body = pattern.startsWith("/") ? pattern.substring(1) : pattern;
        boolean folder = body.endsWith("/");
        if (folder) {
            body = body.substring(0, body.length() - 1);
        }
        StringBuilder regex = new StringBuilder(anchored ? "" : "(?:.*/)?");
        for (String part : body.split("(?=\\*)|(?<=\\*)")) {
            regex.append(part.equals("*") ? "[^/]*" : Pattern.quote(part));
        }
        regex.append(folder ? "/.*" : "(?:/.*)?");
        return path.matches(regex.toString());
    }

    // ---- helpers ----

    private static String header(Path file) throws IOException {
        StringBuilder header = new StringBuilder();
        for (String line : Files.readAllLines(file)) {
            if (!line.startsWith("#")) {
                break;
            }
            header.append(line.substring(1).strip()).append('\n');
        }
        return header.toString();
    }

    private static String headerLineOf(String header, String environment) {
        for (String line : header.split("\n")) {
            if (line.startsWith(environment + " ")) {
                return line;
            }
        }
        return "";
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        node.fields().forEachRemaining(entries::add);
        return entries;
    }
}
