package dev.connectonboard.operator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.connectonboard.cli.Main;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CI examples people copy: every {@code connect-onboard} call names a real subcommand with options picocli
 * accepts, the GitOps stages are all there, and Terraform only formats, validates and plans before a merge.
 */
class CiExamplesTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path GITHUB = Path.of("examples/ci/github-actions.yml");
    private static final Path GITLAB = Path.of("examples/ci/gitlab-ci.yml");
    private static final Set<String> TERRAFORM_COMMANDS = Set.of("init", "fmt", "validate", "plan", "show", "apply");

    /** A shell command of a CI job, with the job it belongs to. */
    record Step(String job, List<String> words) {
        String program() {
            return words.get(0);
        }

        List<String> arguments() {
            return words.subList(1, words.size());
        }
    }

    private static List<Step> githubSteps(JsonNode workflow) {
        List<Step> steps = new ArrayList<>();
        workflow.path("jobs").fields().forEachRemaining(job -> {
            for (JsonNode step : job.getValue().path("steps")) {
                if (step.has("run")) {
                    ShellWords.commands(step.path("run").asText()).forEach(w -> steps.add(new Step(job.getKey(), w)));
                }
            }
        });
        return steps;
    }

    private static List<Step> gitlabSteps(JsonNode pipeline) {
        List<Step> steps = new ArrayList<>();
        Map<String, JsonNode> jobs = jobs(pipeline);
        jobs.forEach((name, job) -> {
            for (String part : List.of("before_script", "script", "after_script")) {
                for (String script : scripts(pipeline, job, part)) {
                    ShellWords.commands(script).forEach(w -> steps.add(new Step(name, w)));
                }
            }
        });
        return steps;
    }

    /** GitLab jobs: top-level mappings that are not pipeline settings (hidden templates included). */
    private static Map<String, JsonNode> jobs(JsonNode pipeline) {
        Set<String> settings = Set.of("stages", "variables", "workflow", "default", "include");
        Map<String, JsonNode> jobs = new java.util.LinkedHashMap<>();
        pipeline.fields().forEachRemaining(e -> {
            if (!settings.contains(e.getKey()) && e.getValue().isObject()) {
                jobs.put(e.getKey(), e.getValue());
            }
        });
        return jobs;
    }

    /** A job's script lines, following {@code extends} to the templates it inherits them from. */
    private static List<String> scripts(JsonNode pipeline, JsonNode job, String part) {
        if (job.has(part)) {
            JsonNode value = job.get(part);
            List<String> lines = new ArrayList<>();
            if (value.isArray()) {
                value.forEach(line -> lines.add(line.asText()));
            } else {
                lines.add(value.asText());
            }
            return lines;
        }
        JsonNode parents = job.path("extends");
        List<String> inherited = new ArrayList<>();
        for (JsonNode parent : parents.isArray() ? parents : List.of(parents)) {
            if (parent.isTextual() && inherited.isEmpty()) {
                inherited.addAll(scripts(pipeline, pipeline.path(parent.asText()), part));
            }
        }
        return inherited;
    }

    /** Parses a connect-onboard call without running it; returns the subcommand path, e.g. "quota check". */
    private static String parseConnectOnboard(List<String> arguments) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        ParseResult result = commandLine.parseArgs(arguments.toArray(String[]::new));
        List<String> path = new ArrayList<>();
        for (ParseResult sub = result.subcommand(); sub != null; sub = sub.subcommand()) {
            path.add(sub.commandSpec().name());
        }
        assertFalse(path.isEmpty(), "no subcommand in connect-onboard " + arguments);
        return String.join(" ", path);
    }

    private static boolean isConnectOnboard(Step step) {
        return step.program().equals("./connect-onboard") || step.program().equals("connect-onboard");
    }

    private static Set<String> checkConnectOnboardCalls(List<Step> steps, Path file) {
        Set<String> used = new TreeSet<>();
        for (Step step : steps) {
            if (isConnectOnboard(step)) {
                try {
                    used.add(parseConnectOnboard(step.arguments()));
                } catch (CommandLine.ParameterException wrong) {
                    throw new AssertionError(file + " job " + step.job() + ": connect-onboard " + step.arguments()
                            + " does not parse: " + wrong.getMessage(), wrong);
                }
            }
        }
        return used;
    }

    private static String terraformCommand(Step step) {
        Iterator<String> words = step.arguments().iterator();
        while (words.hasNext()) {
            String word = words.next();
            if (!word.startsWith("-")) {
                return word;
            }
        }
        throw new AssertionError("terraform without a command in job " + step.job());
    }

    private static JsonNode read(Path file) throws IOException {
        return YAML.readTree(Files.readString(file));
    }

    private static List<String> argumentsOf(List<Step> steps, String subcommand) {
        return steps.stream().filter(CiExamplesTest::isConnectOnboard)
                .filter(s -> !s.arguments().isEmpty() && String.join(" ", s.arguments()).startsWith(subcommand + " "))
                .flatMap(s -> s.arguments().stream()).toList();
    }

    @Test
    void everyGithubStepCallsAConnectOnboardCommandThatExists() throws IOException {
        List<Step> steps = githubSteps(read(GITHUB));

        assertEquals(Set.of("generate", "plan check", "plan compare", "provider install", "quota check", "status",
                "validate"), checkConnectOnboardCalls(steps, GITHUB));
        assertGitOpsStages(steps);
    }

    @Test
    void everyGitlabJobCallsAConnectOnboardCommandThatExists() throws IOException {
        List<Step> steps = gitlabSteps(read(GITLAB));

        assertEquals(Set.of("generate", "plan check", "plan compare", "provider install", "quota check", "status",
                "validate"), checkConnectOnboardCalls(steps, GITLAB));
        assertGitOpsStages(steps);
    }

    private static void assertGitOpsStages(List<Step> steps) {
        List<String> quota = argumentsOf(steps, "quota check");
        assertTrue(String.join(" ", quota).contains("--format junit --output quota-report.xml"), quota.toString());
        assertTrue(String.join(" ", quota).contains("--format markdown --output quota-report.md"), quota.toString());
        assertTrue(argumentsOf(steps, "generate").contains("--check"), "generate --check is missing");
        List<String> status = argumentsOf(steps, "status");
        assertTrue(status.contains("--all") && status.contains("--html"), status.toString());
    }

    @Test
    void githubRunsTerraformFmtValidatePlanPerDepartmentAndAppliesOnlyOnMain() throws IOException {
        JsonNode workflow = read(GITHUB);
        List<Step> terraform = githubSteps(workflow).stream().filter(s -> s.program().equals("terraform")).toList();

        assertTerraformCommands(terraform);
        assertEquals(Set.of("apply"), jobsRunning(terraform, "apply"));
        assertEquals(Set.of("plan"), jobsRunning(terraform, "fmt"));
        String applyCondition = workflow.path("jobs").path("apply").path("if").asText();
        assertTrue(applyCondition.contains("github.event_name == 'push'")
                && applyCondition.contains("github.ref == 'refs/heads/main'"), applyCondition);
        for (String job : List.of("plan", "apply")) {
            assertEquals("${{ fromJSON(needs.validate.outputs.departments) }}",
                    workflow.path("jobs").path(job).path("strategy").path("matrix").path("department").asText());
        }
        assertTrue(workflow.path("jobs").path("plan").path("needs").toString().contains("quota"),
                "plan must wait for the quota gate");
        assertQuotaCheckedBeforeApply(githubSteps(workflow));
    }

    /** The apply job runs its own online quota check before terraform (one approval of production per merge). */
    private static void assertQuotaCheckedBeforeApply(List<Step> steps) {
        List<Step> apply = steps.stream().filter(s -> s.job().equals("apply")).toList();
        int quota = -1;
        int terraform = -1;
        for (int i = 0; i < apply.size(); i++) {
            String line = String.join(" ", apply.get(i).words());
            if (quota < 0 && isConnectOnboard(apply.get(i)) && line.contains("quota check")) {
                quota = i;
                assertFalse(apply.get(i).words().contains("--offline"), line);
            }
            if (terraform < 0 && apply.get(i).program().equals("terraform")) {
                terraform = i;
            }
        }
        assertTrue(quota >= 0 && quota < terraform, "apply must run the quota check before terraform: " + apply);
    }

    @Test
    void gitlabRunsTerraformFmtValidatePlanPerDepartmentAndAppliesOnlyOnTheDefaultBranch() throws IOException {
        JsonNode pipeline = read(GITLAB);
        List<Step> terraform = gitlabSteps(pipeline).stream().filter(s -> s.program().equals("terraform")).toList();

        assertTerraformCommands(terraform);
        assertEquals(Set.of("apply"), jobsRunning(terraform, "apply"));
        assertEquals(Set.of("plan"), jobsRunning(terraform, "fmt"));
        String applyRules = pipeline.path("apply").path("rules").toString();
        assertTrue(applyRules.contains("$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH"), applyRules);
        assertEquals("junit", pipeline.path("quota").path("artifacts").path("reports").fieldNames().next());
        assertQuotaCheckedBeforeApply(gitlabSteps(pipeline));
        List<String> exampleDepartments = exampleDepartments();
        for (String job : List.of("plan", "apply")) {
            List<String> matrix = new ArrayList<>();
            pipeline.path(job).path("parallel").path("matrix").path(0).path("DEPARTMENT").forEach(d -> matrix.add(
                    d.asText()));
            assertEquals(exampleDepartments, matrix, job + " must plan every example department");
        }
    }

    private static void assertTerraformCommands(List<Step> terraform) {
        Set<String> commands = new LinkedHashSet<>();
        terraform.forEach(step -> commands.add(terraformCommand(step)));
        assertEquals(TERRAFORM_COMMANDS, commands);
        for (Step step : terraform) {
            assertTrue(step.arguments().get(0).startsWith("-chdir=$GENERATED/$DEPARTMENT"),
                    "terraform runs per department: " + step);
        }
    }

    private static Set<String> jobsRunning(List<Step> terraform, String command) {
        Set<String> jobs = new TreeSet<>();
        terraform.stream().filter(s -> terraformCommand(s).equals(command)).forEach(s -> jobs.add(s.job()));
        return jobs;
    }

    /** The department names of the shipped descriptors, i.e. the folders generate writes. */
    private static List<String> exampleDepartments() throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("examples/departments"))) {
            for (Path file : files.sorted().toList()) {
                names.add(YAML.readTree(file.toFile()).path("department").path("name").asText());
            }
        }
        return names.stream().sorted().toList();
    }

    @Test
    void everyCommandTheWalkthroughShowsExists() throws IOException {
        String readme = Files.readString(Path.of("examples/README.md"));
        java.util.regex.Matcher block = java.util.regex.Pattern.compile("```sh\n(.*?)```", java.util.regex.Pattern.DOTALL)
                .matcher(readme);
        List<Step> steps = new ArrayList<>();
        while (block.find()) {
            ShellWords.commands(block.group(1).replaceAll("(?m)#.*$", ""))
                    .forEach(words -> steps.add(new Step("README", words)));
        }

        assertEquals(Set.of("adopt", "generate", "init", "offboard", "provider install", "quota check", "status",
                        "validate"),
                checkConnectOnboardCalls(steps, Path.of("examples/README.md")));
    }

    @Test
    void theCheckRejectsAnUnknownSubcommandOrOption() {
        assertThrows(CommandLine.ParameterException.class, () -> parseConnectOnboard(List.of("deploy", "--all")));
        assertThrows(CommandLine.ParameterException.class,
                () -> parseConnectOnboard(List.of("quota", "check", "--fromat", "junit", "departments")));
        assertThrows(CommandLine.ParameterException.class,
                () -> parseConnectOnboard(List.of("status", "--platform", "p.yaml")));
        assertThrows(CommandLine.ParameterException.class,
                () -> parseConnectOnboard(List.of("quota", "check", "--format", "junit", "d")), "no --platform");
        assertEquals("quota check", parseConnectOnboard(List.of("quota", "check", "--platform", "p", "--quotas", "q",
                "--format", "junit", "d")));
    }

    @Test
    void shellWordsSplitsCommandsLikeAShell() {
        assertEquals(List.of(List.of("./connect-onboard", "quota", "check", "--output", "a b.xml", "$D"),
                        List.of("status=$?"), List.of("echo", "x")),
                ShellWords.commands("./connect-onboard quota check \\\n --output \"a b.xml\" \"$D\" || status=$?\n"
                        + "echo x > /dev/null 2>&1"));
    }
}
