package dev.connectonboard.cli;

import dev.connectonboard.cli.CliTestSupport.CliResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The conventions every command shares (issue 13): how descriptors are found, that a wrong kind of file or none at
 * all never passes a gate, that usage is checked before credentials, and the version, completion and placeholder
 * behaviour. Runs in-process without network: commands get an empty environment, so any attempt to reach Confluent
 * Cloud would be exit 3, never the exit 2 these tests expect.
 */
class CliContractTest {
    private static final String PLATFORM = "examples/platform.yaml";
    private static final String QUOTAS = "examples/quotas.yaml";

    @TempDir
    Path dir;

    /** Runs the CLI with no credentials in any command's environment. */
    private static CliResult offline(String... args) {
        Consumer<CommandLine> noCredentials = commandLine -> {
            ((StatusCommand) commandLine.getSubcommands().get("status").getCommandSpec().userObject()).environment =
                    Map.of();
            ((QuotaCheckCommand) commandLine.getSubcommands().get("quota").getSubcommands().get("check")
                    .getCommandSpec().userObject()).environment = Map.of();
        };
        return CliTestSupport.run(noCredentials, args);
    }

    @Test
    void aFileOfTheWrongKindWhereDescriptorsGoIsAUsageErrorForEveryCommand() {
        String expected = "error: examples/quotas.yaml is a QuotaPolicy file, not a department descriptor (kind: "
                + "DepartmentOnboarding); descriptor PATHs name department files or folders, the quota policy with "
                + "--quotas\n";
        for (String[] command : List.of(
                new String[] {"generate", "--check", "--platform", PLATFORM, QUOTAS},
                new String[] {"quota", "check", "--platform", PLATFORM, "--quotas", QUOTAS, QUOTAS},
                new String[] {"quota", "check", "--offline", "--platform", PLATFORM, "--quotas", QUOTAS, QUOTAS},
                new String[] {"status", "--platform", PLATFORM, "--all", QUOTAS},
                new String[] {"status", "--platform", PLATFORM, "--department", "hr", "--descriptors", QUOTAS})) {
            CliResult result = offline(command);
            assertEquals(ExitCode.USAGE, result.exitCode(), () -> String.join(" ", command) + "\n" + result);
            assertEquals(expected, result.err(), () -> String.join(" ", command));
            assertEquals("", result.out(), "no report, no 'up to date' for a wrong input");
        }
        CliResult platformAsDescriptor = offline("generate", "--check", "--platform", PLATFORM, PLATFORM);
        assertEquals(ExitCode.USAGE, platformAsDescriptor.exitCode(), platformAsDescriptor::toString);
        assertTrue(platformAsDescriptor.err().endsWith("the platform file goes with --platform\n"),
                platformAsDescriptor::toString);
    }

    @Test
    void aFolderWithoutDescriptorsIsAUsageErrorForEveryCommand() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("departments"));
        Files.writeString(empty.resolve("notes.md"), "nothing yet\n");
        for (String[] command : List.of(
                new String[] {"generate", "--check", "--platform", PLATFORM, empty.toString()},
                new String[] {"quota", "check", "--offline", "--platform", PLATFORM, "--quotas", QUOTAS,
                        empty.toString()},
                new String[] {"status", "--platform", PLATFORM, "--all", empty.toString()},
                new String[] {"validate", empty.toString()})) {
            CliResult result = offline(command);
            assertEquals(ExitCode.USAGE, result.exitCode(), () -> String.join(" ", command) + "\n" + result);
            assertTrue(result.err().startsWith(empty + ":1:1: no input files"), result::toString);
        }
    }

    @Test
    void aFolderHoldingOnlyAQuotaPolicyHasNoDepartmentAndIsAUsageError() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("policy-only"));
        Files.copy(Path.of(QUOTAS), folder.resolve("quotas.yaml"));
        CliResult result = offline("generate", "--check", "--platform", PLATFORM, folder.toString());
        assertEquals(ExitCode.USAGE, result.exitCode(), result::toString);
        assertEquals("error: no department descriptors (kind: DepartmentOnboarding) in " + folder + "; pass the "
                + "descriptor files or the folder that holds them\n", result.err());
    }

    @Test
    void withoutPathsCommandsReadTheFolderThePlatformFileNames() {
        CliResult generate = offline("generate", "--check", "--platform", PLATFORM);
        assertEquals(ExitCode.OK, generate.exitCode(), generate::toString);
        assertTrue(generate.out().matches("generated is up to date \\(3 departments, [0-9]+ files\\)\n"),
                generate::toString);
        CliResult quota = offline("quota", "check", "--offline", "--platform", PLATFORM, "--quotas", QUOTAS);
        assertTrue(quota.out().contains("3 departments") || quota.out().contains("of 3 departments"),
                quota::toString);
        CliResult validate = offline("validate", "--platform", PLATFORM, "--quotas", QUOTAS);
        assertTrue(validate.out().endsWith("\nok: 3 department(s), 1 platform file(s), 1 quota policy file(s) "
                + "valid\n"), validate::toString);
    }

    @Test
    void withoutPathsAndWithoutTheFieldCommandsSayWhereDescriptorsGo() throws IOException {
        Path platform = dir.resolve("platform.yaml");
        Files.writeString(platform, Files.readString(Path.of(PLATFORM)).replaceAll("(?m)^descriptors: .*\\n", ""));
        String expected = "error: no department descriptors given: pass their files or folders as PATH..., or name "
                + "their folder in " + platform + " with 'descriptors: <folder relative to the platform file>'\n";
        for (String[] command : List.of(
                new String[] {"generate", "--check", "--platform", platform.toString()},
                new String[] {"quota", "check", "--platform", platform.toString(), "--quotas", QUOTAS},
                new String[] {"status", "--platform", platform.toString(), "--department", "hr"})) {
            CliResult result = offline(command);
            assertEquals(ExitCode.USAGE, result.exitCode(), () -> String.join(" ", command) + "\n" + result);
            assertEquals(expected, result.err(), () -> String.join(" ", command));
        }
        CliResult init = offline("init", "payments", "--prefix", "pay");
        assertEquals(ExitCode.USAGE, init.exitCode(), init::toString);
        assertTrue(init.err().startsWith("error: init needs the folder of the department descriptors (to check "
                + "clashes and to write the new file): pass --descriptors DIR, or --platform FILE whose "
                + "'descriptors' field names it\n"), init::toString);
    }

    @Test
    void aPlatformNamingAMissingFolderIsAUsageError() throws IOException {
        Path platform = dir.resolve("platform.yaml");
        Files.writeString(platform, Files.readString(Path.of(PLATFORM)).replace("descriptors: departments",
                "descriptors: ../departmnets"));
        CliResult result = offline("generate", "--check", "--platform", platform.toString());
        assertEquals(ExitCode.USAGE, result.exitCode(), result::toString);
        assertEquals("error: " + platform + " names 'descriptors: ../departmnets', but there is no folder "
                + dir.getParent().resolve("departmnets") + "; fix the field (it is relative to the platform file) "
                + "or pass the descriptors as PATH...\n", result.err());
    }

    @Test
    void descriptorsIsAcceptedAsTheOlderSpellingOfPath() {
        CliResult positional = offline("quota", "check", "--offline", "--platform", PLATFORM, "--quotas", QUOTAS,
                "examples/departments/hr.yaml");
        CliResult option = offline("quota", "check", "--offline", "--platform", PLATFORM, "--quotas", QUOTAS,
                "--descriptors", "examples/departments/hr.yaml");
        assertEquals(positional.exitCode(), option.exitCode());
        assertEquals(positional.out(), option.out());
        assertTrue(positional.out().contains("hr"), positional::toString);
    }

    @Test
    void anUnknownDepartmentIsAUsageErrorBeforeCredentialsAreAskedFor() {
        CliResult result = offline("status", "--platform", PLATFORM, "--department", "hrr");
        assertEquals(ExitCode.USAGE, result.exitCode(), result::toString);
        assertEquals("error: no descriptor declares department 'hrr'; did you mean 'hr'?; known departments: "
                + "finance, hr, research\n", result.err());
    }

    @Test
    void statusWithoutCredentialsDoesNotSuggestTheQuotaCommand() {
        CliResult result = offline("status", "--platform", PLATFORM, "--department", "hr");
        assertEquals(ExitCode.UNDETERMINED, result.exitCode(), result::toString);
        assertFalse(result.err().contains("quota check"), result::toString);
        assertTrue(result.err().contains("CONFLUENT_CLOUD_API_KEY"), result::toString);
        CliResult quota = offline("quota", "check", "--platform", PLATFORM, "--quotas", QUOTAS);
        assertEquals(ExitCode.UNDETERMINED, quota.exitCode(), quota::toString);
        assertTrue(quota.err().contains("or run `connect-onboard quota check --offline ...` to check the "
                + "descriptors alone."), quota::toString);
    }

    @Test
    void everyRetryIsAnnouncedOnStderrWithTheAttemptAndTheDelay() throws IOException {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        List<java.time.Duration> slept = new java.util.ArrayList<>();
        Map<String, String> environment = Map.of("CONFLUENT_CLOUD_API_KEY", "ABCDEFGHIJKLMNOP",
                "CONFLUENT_CLOUD_API_SECRET", "s".repeat(64), "CONFLUENT_CLOUD_API_URL",
                "http://127.0.0.1:" + closedPort);
        CliResult result = CliTestSupport.run(commandLine -> {
            QuotaCheckCommand check = (QuotaCheckCommand) commandLine.getSubcommands().get("quota").getSubcommands()
                    .get("check").getCommandSpec().userObject();
            check.environment = environment;
            check.clients = env -> CloudClients.open(env, QuotaCheckCommand.WITHOUT_CREDENTIALS, check.spec,
                    settings -> settings.withSleeper(slept::add));
        }, "quota", "check", "--platform", PLATFORM, "--quotas", QUOTAS);

        assertEquals(ExitCode.UNDETERMINED, result.exitCode(), result::toString);
        List<String> notices = result.err().lines().filter(line -> line.startsWith("retrying in ")).toList();
        assertEquals(4, notices.size(), result::toString);
        for (int i = 0; i < notices.size(); i++) {
            assertTrue(notices.get(i).matches("retrying in [0-9.]+ s, attempt " + (i + 2) + " of 5: GET "
                    + "/connect/v1/environments/env-7q2x9m/clusters/lkc-5k3p2d/connectors\\S* failed: cannot "
                    + "connect \\(.*\\)"), notices.get(i));
            assertTrue(notices.get(i).startsWith("retrying in " + seconds(slept.get(i)) + ","), "the delay waited: "
                    + notices.get(i) + " vs " + slept.get(i));
        }
        assertFalse(result.err().contains("ABCDEFGHIJKLMNOP"), "no credential in any notice");
    }

    private static String seconds(java.time.Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s",
                millis / 1000.0);
    }

    @Test
    void outputIntoAMissingFolderIsRefusedBeforeAnythingIsRead() {
        Path report = dir.resolve("no/such/dir/q.xml");
        CliResult result = offline("quota", "check", "--platform", PLATFORM, "--quotas", QUOTAS, "--format", "junit",
                "--output", report.toString());
        assertEquals(ExitCode.USAGE, result.exitCode(), "2, not 3 for the missing credentials: " + result);
        assertEquals("error: cannot write " + report + ": no folder " + report.getParent() + "; create it first or "
                + "pass --output a file in an existing folder\n", result.err());
        assertFalse(Files.exists(dir.resolve("no")), "no folder is created");
        CliResult html = offline("status", "--platform", PLATFORM, "--all", "--html", report.toString());
        assertEquals(ExitCode.USAGE, html.exitCode(), html::toString);
        assertFalse(Files.exists(dir.resolve("no")), "no folder is created");
    }

    @Test
    void theMutuallyExclusiveMessageSaysErrorOnce() {
        CliResult result = offline("status", "--platform", PLATFORM, "--all", "--department", "hr");
        assertEquals(ExitCode.USAGE, result.exitCode());
        assertTrue(result.err().startsWith("error: --department=NAME, --all are mutually exclusive"), result::toString);
        assertFalse(result.err().contains("Error:"), result::toString);
    }

    @Test
    void versionIsThePomsVersionBothWays() throws IOException {
        Matcher version = Pattern.compile("<artifactId>connect-onboard</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(version.find());
        CliResult option = offline("--version");
        CliResult command = offline("version");
        assertEquals("connect-onboard " + version.group(1) + "\n", option.out());
        assertEquals(option.out(), command.out());
        assertEquals(ExitCode.OK, command.exitCode());
    }

    @Test
    void generateCompletionPrintsACompletionScriptForEveryCommand() {
        CliResult result = offline("generate-completion");
        assertEquals(ExitCode.OK, result.exitCode(), result::toString);
        assertTrue(result.out().contains("complete -F _complete_connect-onboard"), result.out());
        for (String word : List.of("validate", "generate", "quota", "check", "status", "--platform", "--department")) {
            assertTrue(result.out().contains(word), word);
        }
    }

    @Test
    void validateWarnsAboutThePlaceholdersInitWrites() throws IOException {
        Path departments = Files.createDirectories(dir.resolve("departments"));
        CliResult init = CliTestSupport.run(commandLine -> ((InitCommand) commandLine.getSubcommands().get("init")
                        .getCommandSpec().userObject()).terminal = Optional::empty,
                "init", "--department", "payments", "--prefix", "pay", "--runtime", "self-managed", "--descriptors",
                departments.toString());
        assertEquals(ExitCode.OK, init.exitCode(), init::toString);
        Path written = departments.resolve("payments.yaml");

        CliResult validate = offline("validate", written.toString());
        assertEquals(ExitCode.OK, validate.exitCode(), "placeholders warn, they do not fail: " + validate);
        List<String> warnings = validate.err().lines().toList();
        assertEquals(3, warnings.size(), validate::toString);
        assertTrue(warnings.get(0).startsWith("warning: " + written + ":"), validate::toString);
        assertTrue(warnings.get(0).endsWith("department.owners[0]: 'payments-team@example.org' is the placeholder "
                + "connect-onboard init writes; replace it with the e-mail of the team that owns these connectors"),
                validate::toString);
        assertTrue(warnings.stream().anyMatch(w -> w.contains("connect.selfManaged.subnetIds[0]: 'subnet-00000000'")),
                validate::toString);
        assertTrue(warnings.stream().anyMatch(w -> w.contains("securityGroupIds[0]: 'sg-00000000'")),
                validate::toString);
        assertTrue(validate.out().endsWith("valid, 3 warning(s)\n"), validate::toString);
        assertEquals("", offline("validate", "examples/departments").err(), "the examples have no placeholders");
    }

    @Test
    void initWritesIntoTheFolderThePlatformFileNames() throws IOException {
        Path departments = Files.createDirectories(dir.resolve("departments"));
        Files.copy(Path.of("examples/departments/hr.yaml"), departments.resolve("hr.yaml"));
        Path platform = dir.resolve("platform.yaml");
        Files.copy(Path.of(PLATFORM), platform);
        CliResult init = CliTestSupport.run(commandLine -> ((InitCommand) commandLine.getSubcommands().get("init")
                        .getCommandSpec().userObject()).terminal = Optional::empty,
                "init", "payments", "--prefix", "pay", "--platform", platform.toString());
        assertEquals(ExitCode.OK, init.exitCode(), init::toString);
        assertTrue(Files.exists(departments.resolve("payments.yaml")), init::toString);
        CliResult clash = CliTestSupport.run(commandLine -> ((InitCommand) commandLine.getSubcommands().get("init")
                        .getCommandSpec().userObject()).terminal = Optional::empty,
                "init", "--department", "hrx", "--prefix", "hr", "--platform", platform.toString());
        assertEquals(ExitCode.CHECK_FAILED, clash.exitCode(), "hr's prefix is taken: " + clash);
        CliResult twoNames = offline("init", "a1", "--department", "b1", "--prefix", "ab", "--platform",
                platform.toString());
        assertEquals(ExitCode.USAGE, twoNames.exitCode(), twoNames::toString);
    }

    @Test
    void aDepartmentsFilesAreTheSameGeneratedAloneOrWithItsFolder() throws IOException {
        Path alone = dir.resolve("alone/generated");
        Path withFolder = dir.resolve("folder/generated");
        Path hr = Path.of("examples/departments/hr.yaml").toAbsolutePath();
        assertEquals(ExitCode.OK, offline("generate", "--platform", Path.of(PLATFORM).toAbsolutePath().toString(),
                "--out", alone.toString(), hr.toString()).exitCode());
        assertEquals(ExitCode.OK, offline("generate", "--platform", PLATFORM, "--out", withFolder.toString(),
                "examples/departments").exitCode());
        try (Stream<Path> files = Files.walk(alone.resolve("hr"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path twin = withFolder.resolve(alone.relativize(file));
                assertEquals(Files.readString(twin), Files.readString(file), file.toString());
            }
        }
        String header = Files.readString(alone.resolve("hr/main.tf")).lines().limit(2).toList().toString();
        assertTrue(header.contains("Regenerate with: ./connect-onboard generate --platform ../"), header);
        assertFalse(header.contains(" /"), "relative paths, never absolute: " + header);
    }

    @Test
    void theGoldenHeadersNameTheCommandThatRefreshesEveryDepartment() throws IOException {
        for (String department : List.of("finance", "hr", "research")) {
            List<String> header = Files.readString(Path.of("generated", department, "main.tf")).lines().limit(2)
                    .toList();
            assertEquals(List.of("# Generated by connect-onboard from examples/departments/" + department + ".yaml. "
                    + "Do not edit: changes are overwritten.", "# Regenerate with: ./connect-onboard generate "
                    + "--platform examples/platform.yaml examples/departments"), header);
        }
    }

    @Test
    void initPointsEditorsAtTheSchemaWhenTheRepositoryHasOne() throws IOException {
        Path departments = Files.createDirectories(dir.resolve("repo/departments"));
        Consumer<CommandLine> noTerminal = commandLine -> ((InitCommand) commandLine.getSubcommands().get("init")
                .getCommandSpec().userObject()).terminal = Optional::empty;
        CliTestSupport.run(noTerminal, "init", "alpha", "--prefix", "alp", "--descriptors", departments.toString());
        String without = Files.readString(departments.resolve("alpha.yaml"));
        assertTrue(without.startsWith("# Editor completion: run `connect-onboard schema --out schemas`"), without);
        assertFalse(without.contains("$schema=http"), "never a URL that does not exist");

        assertEquals(ExitCode.OK, offline("schema", "--out", dir.resolve("repo/schemas").toString()).exitCode());
        CliTestSupport.run(noTerminal, "init", "beta", "--prefix", "bet", "--descriptors", departments.toString());
        String with = Files.readString(departments.resolve("beta.yaml"));
        assertTrue(with.startsWith("# yaml-language-server: $schema=../schemas/DepartmentOnboarding.json\n"), with);
        assertTrue(Files.isRegularFile(departments.resolve("../schemas/DepartmentOnboarding.json")));
        assertEquals(ExitCode.OK, offline("validate", departments.toString()).exitCode(), "both validate");
    }

    @Test
    void noGeneratedFileHoldsAnAbsolutePath() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("generated"))) {
            String root = Path.of("").toAbsolutePath().toString();
            files.filter(Files::isRegularFile).forEach(file -> {
                try {
                    String text = Files.readString(file);
                    assertFalse(text.contains(root), file + " holds " + root);
                    assertFalse(text.contains("/tmp/"), file + " holds a temporary path");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }
}
