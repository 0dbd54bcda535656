package dev.connectonboard.cli;

import dev.connectonboard.descriptor.Inputs;

import dev.connectonboard.cli.CliTestSupport.CliResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static dev.connectonboard.cli.CliTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code connect-onboard validate} as a user meets it: every bad input gets a clear message pointing at the file,
 * exit code 1 and no stack trace; wrong usage gets exit code 2.
 */
class ValidateCommandTest {
    private static final String HEADER = Inputs.DEPARTMENT_HEADER;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    /** Exit 1, exactly these problem lines and the summary on stderr, nothing on stdout, no stack trace. */
    /** A folder without inputs is a wrong path: exit 2, with the same file:line message. */
    private static void assertWrongPath(CliResult result, String problem) {
        assertAll(result.toString(),
                () -> assertEquals(ExitCode.USAGE, result.exitCode()),
                () -> assertEquals(List.of(problem, "error: 1 problem found"), result.err().lines().toList()));
    }

    private static void assertRejected(CliResult result, String... problems) {
        List<String> expected = new ArrayList<>(List.of(problems));
        expected.add("error: " + (problems.length == 1 ? "1 problem found" : problems.length + " problems found"));
        assertAll(result.toString(),
                () -> assertEquals(ExitCode.CHECK_FAILED, result.exitCode()),
                () -> assertEquals(expected, result.err().lines().toList()),
                () -> assertEquals("", result.out()),
                () -> assertNoStackTrace(result));
    }

    static void assertNoStackTrace(CliResult result) {
        String all = result.out() + result.err();
        assertFalse(all.contains("\tat "), () -> "stack trace printed:\n" + result);
        assertFalse(all.contains("Exception"), () -> "exception printed:\n" + result);
    }

    @Test
    void acceptsTheExamples() {
        CliResult result = run("validate", "examples/");
        assertEquals(ExitCode.OK, result.exitCode(), result::toString);
        // examples/ci holds CI pipelines, not inputs: validate names them as skipped
        assertEquals("skipped examples/ci/github-actions.yml: not a connect-onboard file (no 'apiVersion:"
                + " connect-onboard/v1')\nskipped examples/ci/gitlab-ci.yml: not a connect-onboard file (no 'apiVersion:"
                + " connect-onboard/v1')\nsource topics: examples/departments/finance.yaml:30: fin-payments-pg-cdc-source (PostgresCdcSourceV2) writes "
                + "fin.payments.public.payments, fin.payments.public.refunds (topic.prefix + table.include.list), "
                + "created by Terraform\nsource topics: examples/departments/research.yaml:26: "
                + "rsch-experiments-mysql-source (MySqlCdcSourceV2) creates its own topics under rsch.experiments. "
                + "(not managed by Terraform)\nok: 3 department(s), 1 platform file(s), 1 quota policy file(s) valid\n",
                result.out());
        assertEquals("", result.err());
    }

    @Test
    void acceptsTheExamplesWithPlatformAndQuotasNamed() {
        CliResult result = run("validate", "--platform", "examples/platform.yaml", "--quotas", "examples/quotas.yaml",
                "examples/departments");
        assertEquals(ExitCode.OK, result.exitCode(), result::toString);
        // every source connector, with the topics it writes and who creates them
        assertEquals("source topics: examples/departments/finance.yaml:30: fin-payments-pg-cdc-source (PostgresCdcSourceV2) writes "
                + "fin.payments.public.payments, fin.payments.public.refunds (topic.prefix + table.include.list), "
                + "created by Terraform\nsource topics: examples/departments/research.yaml:26: "
                + "rsch-experiments-mysql-source (MySqlCdcSourceV2) creates its own topics under rsch.experiments. "
                + "(not managed by Terraform)\nok: 3 department(s), 1 platform file(s), 1 quota policy file(s) valid\n",
                result.out());
    }

    @Test
    void rejectsMalformedYaml() throws IOException {
        Path file = write("finance.yaml", HEADER + "topics: [{ name: fin.a }\n");
        assertRejected(run("validate", file), file + ":10:1: not valid YAML: expected ',' or ']', but got the end of "
                + "the file (while parsing a flow sequence that starts at line 9, column 9)");
    }

    @Test
    void rejectsAYamlAliasBomb() throws IOException {
        StringBuilder bomb = new StringBuilder(HEADER).append("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char level = 'b'; level <= 'j'; level++) {
            char below = (char) (level - 1);
            bomb.append(level).append(": &").append(level).append(" [")
                    .append(String.join(",", java.util.Collections.nCopies(9, "*" + below))).append("]\n");
        }
        Path file = write("bomb.yaml", bomb.toString());
        assertRejected(run("validate", file), file + ":10:8: YAML aliases (*a) are not accepted in inputs; write the "
                + "value out in full");
    }

    @Test
    void rejectsAFiftyMegabyteFile() throws IOException {
        Path file = dir.resolve("huge.yaml");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(50L * 1024 * 1024);
        }
        assertRejected(run("validate", file), file + ":1:1: the file is 50.0 MiB; input files are limited to 1 MiB. "
                + "Is this the right file?");
    }

    @Test
    void rejectsWrongTypes() throws IOException {
        Path file = write("finance.yaml", HEADER + "topics:\n  - name: fin.a\n    partitions: six\n");
        assertRejected(run("validate", file), file + ":11:5: topics[0].partitions: expected a whole number, found a "
                + "string");
    }

    @Test
    void rejectsMissingRequiredFields() throws IOException {
        Path file = write("finance.yaml", HEADER.replace("  prefix: fin\n", ""));
        assertRejected(run("validate", file), file + ":3:1: department.prefix: required field is missing (Every "
                + "connector, service account and IAM role name starts with <prefix>-, every topic with <prefix>. or "
                + "<prefix>-.)");
    }

    @Test
    void rejectsAnUnknownApiVersion() throws IOException {
        Path file = write("finance.yaml", HEADER.replace("connect-onboard/v1", "connect-onboard/v1beta1"));
        assertRejected(run("validate", file), file + ":1:1: apiVersion: unknown apiVersion 'connect-onboard/v1beta1'; "
                + "this version of connect-onboard reads connect-onboard/v1; did you mean 'connect-onboard/v1'?");
    }

    @Test
    void rejectsAnUnknownKind() throws IOException {
        Path file = write("finance.yaml", HEADER.replace("kind: DepartmentOnboarding", "kind: Department"));
        assertRejected(run("validate", file), file + ":2:1: kind: unknown kind 'Department'; use one of: Platform, "
                + "QuotaPolicy, DepartmentOnboarding");
    }

    @Test
    void rejectsAnEmptyFile() throws IOException {
        Path file = write("finance.yaml", "");
        assertRejected(run("validate", file), file + ":1:1: the file is empty; expected a document starting with "
                + "'apiVersion: connect-onboard/v1' and 'kind: Platform | QuotaPolicy | DepartmentOnboarding'");
    }

    @Test
    void rejectsADirectoryWithNoDescriptors() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("descriptors"));
        write("descriptors/notes.txt", "finance goes here\n");
        assertWrongPath(run("validate", folder), folder + ":1:1: no input files (*.yaml, *.yml, *.json) in this "
                + "folder; pass the folder that holds the department descriptors");
    }

    @Test
    void rejectsADirectoryWhoseYamlBelongsToOtherTools() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("ci"));
        write("ci/build.yml", "name: build\non: [push]\njobs: {}\n");
        CliResult result = run("validate", folder);
        assertEquals(ExitCode.USAGE, result.exitCode(), result.toString());
        assertEquals(List.of(folder + ":1:1: no connect-onboard files in this folder: its YAML "
                + "and JSON files do not declare 'apiVersion: connect-onboard/v1'; pass the folder that holds the "
                + "department descriptors", "skipped " + folder.resolve("build.yml") + ": not a connect-onboard file "
                + "(no 'apiVersion: connect-onboard/v1')", "error: 1 problem found"), result.err().lines().toList());
    }

    static Stream<Arguments> hazardousConnectorNames() {
        String template = "it contains a template sequence, which would be evaluated by Terraform";
        String path = "it contains a path separator or '..'";
        return Stream.of(
                Arguments.of("\"fin-a'b\"", "fin-a'b", "it contains a quote"),
                Arguments.of("'fin-a\"b'", "fin-a\"b", "it contains a quote"),
                Arguments.of("'fin-${path.root}'", "fin-${path.root}", template),
                Arguments.of("'fin-%{for x in y}'", "fin-%{for x in y}", template),
                Arguments.of("\"fin-a\\nb\"", "fin-a\\nb", "it contains a line break"),
                Arguments.of("fin-..", "fin-..", path),
                Arguments.of("fin-a/../../b", "fin-a/../../b", path));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("hazardousConnectorNames")
    void rejectsConnectorNamesThatCouldInjectOrEscape(String yamlScalar, String shown, String reason)
            throws IOException {
        Path file = write("finance.yaml", HEADER + "topics: [{ name: fin.a }]\nconnectors:\n  - name: " + yamlScalar
                + "\n    class: S3_SINK\n    topics: [fin.a]\n");
        assertRejected(run("validate", file), file + ":11:5: connectors[0].name: '" + shown + "' is not valid ("
                + reason + "); expected 2 to 64 lowercase letters, digits, '.', '_' or '-', without '..'");
    }

    @Test
    void rejectsASecretGivenAsALiteralString() throws IOException {
        Path file = write("finance.yaml", HEADER + """
                topics: [{ name: fin.a }]
                connectors:
                  - name: fin-db-source
                    class: PostgresCdcSourceV2
                    topics: [fin.a]
                    secrets:
                      database.password: "correct horse battery staple"
                """);
        CliResult result = run("validate", file);
        assertRejected(result, file + ":15:7: connectors[0].secrets[\"database.password\"]: a secret is never written "
                + "into a descriptor; reference it instead: { awsSecretsManager: { secretId: <secret name>, key: "
                + "<json key> } }");
        assertFalse(result.err().contains("horse"), "the secret must not be repeated");
    }

    @Test
    void reportsEveryProblemInEveryFileInOneRun() throws IOException {
        Path broken = write("a.yaml", HEADER + "topics: [{ name: payments }]\n");
        Path clash = write("b.yaml", HEADER.replace("prefix: fin", "prefix: fina"));
        Path typo = write("c.yaml", HEADER.replace("name: finance", "name: hr").replace("prefix: fin", "prefix: hr")
                + "topics: [{ name: hr.a, partitons: 3 }]\n");
        assertRejected(run("validate", dir),
                broken + ":5:3: department.prefix: prefix 'fin' is the start of 'fina', the prefix of department "
                        + "'finance' (" + clash + ":5); choose a prefix that neither starts with nor is the start of "
                        + "another",
                broken + ":9:12: topics[0].name: topic 'payments' does not start with the department prefix 'fin.'; "
                        + "rename it to 'fin.payments'",
                clash + ":4:3: department.name: department 'finance' is already defined in " + broken + ":4; "
                        + "department names must be unique",
                clash + ":5:3: department.prefix: prefix 'fina' starts with 'fin', the prefix of department "
                        + "'finance' (" + broken + ":5); choose a prefix that neither starts with nor is the start of "
                        + "another",
                typo + ":9:24: topics[0].partitons: unknown field 'partitons'; did you mean 'partitions'?");
    }

    @Test
    void reportsPrefixOverlapAcrossFiles() throws IOException {
        Path fin = write("a.yaml", HEADER);
        Path fina = write("b.yaml", HEADER.replace("name: finance", "name: financial-audit")
                .replace("prefix: fin", "prefix: fina"));
        assertRejected(run("validate", fin, fina), fin + ":5:3: department.prefix: prefix 'fin' is the start of "
                + "'fina', the prefix of department 'financial-audit' (" + fina + ":5); choose a prefix that neither "
                + "starts with nor is the start of another", fina + ":5:3: department.prefix: prefix 'fina' starts "
                + "with 'fin', the prefix of department 'finance' (" + fin + ":5); choose a prefix that neither "
                + "starts with nor is the start of another");
    }

    @Test
    void skipsOtherToolsYamlInAFolderAndSaysSo() throws IOException {
        write("departments/finance.yaml", HEADER);
        Path workflow = write("departments/ci.yml", "name: build\non: [push]\njobs: {}\n");
        CliResult result = run("validate", dir.resolve("departments"));
        assertEquals(ExitCode.OK, result.exitCode(), result::toString);
        assertEquals("skipped " + workflow + ": not a connect-onboard file (no 'apiVersion: connect-onboard/v1')\n"
                + "ok: 1 department(s), 0 platform file(s), 0 quota policy file(s) valid\n", result.out());
    }

    @Test
    void reportsATypoedDescriptorInAFolder() throws IOException {
        Path typo = write("departments/finance.yaml", HEADER.replace("kind: DepartmentOnboarding",
                "kind: DepartmentOnbording"));
        assertRejected(run("validate", dir.resolve("departments")), typo + ":2:1: kind: unknown kind "
                + "'DepartmentOnbording'; use one of: Platform, QuotaPolicy, DepartmentOnboarding; did you mean "
                + "'DepartmentOnboarding'?");
    }

    @Test
    void rejectsAForbiddenConnectorClassWhenQuotasAreGiven() throws IOException {
        Path file = write("finance.yaml", HEADER + "topics: [{ name: fin.a }]\nconnectors:\n"
                + "  - { name: fin-es-sink, class: ElasticsearchSink, topics: [fin.a] }\n");
        assertRejected(run("validate", "--quotas", "examples/quotas.yaml", file), file + ":11:26: connectors[0].class: "
                + "connector class 'ElasticsearchSink' is not allowed for department 'finance' by the quota policy; "
                + "allowed: S3_SINK, PostgresCdcSourceV2, MySqlCdcSourceV2, SnowflakeSink, HttpSinkV2");
        assertEquals(ExitCode.OK, run("validate", file).exitCode(), "without a policy no class is forbidden");
    }

    @Test
    void usageErrorWhenPlatformOptionNamesAnotherKind() {
        CliResult result = run("validate", "--platform", "examples/quotas.yaml", "examples/departments");
        assertEquals(ExitCode.USAGE, result.exitCode(), result::toString);
        assertEquals("error: examples/quotas.yaml is a QuotaPolicy file, not a Platform file; pass the file that "
                + "says 'kind: Platform'\n", result.err());
        assertNoStackTrace(result);
    }

    @Test
    void usageErrorWhenQuotasOptionNamesAnotherKind() {
        CliResult result = run("validate", "--quotas", "examples/platform.yaml", "examples/departments");
        assertEquals(ExitCode.USAGE, result.exitCode(), result::toString);
        assertEquals("error: examples/platform.yaml is a Platform file, not a QuotaPolicy file; pass the file that "
                + "says 'kind: QuotaPolicy'\n", result.err());
    }

    @Test
    void usageErrorForAMissingPath() {
        Path missing = dir.resolve("no-such-folder");
        CliResult result = run("validate", missing);
        assertEquals(ExitCode.USAGE, result.exitCode(), result::toString);
        assertEquals("error: no such file or folder: " + missing + "\n", result.err());
        assertNoStackTrace(result);
    }

    @Test
    void usageErrorForAnUnknownFlag() {
        CliResult result = run("validate", "--platfrom", "examples/platform.yaml", "examples/");
        assertEquals(ExitCode.USAGE, result.exitCode(), result::toString);
        assertTrue(result.err().startsWith("error: Unknown option: '--platfrom'\n"), result::toString);
        assertTrue(result.err().contains("--platform"), () -> "suggests the option meant:\n" + result);
        assertNoStackTrace(result);
    }

    @Test
    void usageErrorWithoutAnyPath() {
        CliResult result = run("validate");
        assertEquals(ExitCode.USAGE, result.exitCode(), result::toString);
        assertEquals("error: nothing to validate: pass files or folders as PATH..., or --platform FILE\n",
                result.err());
    }

    @Test
    void acceptsADescriptorWrittenAsJson() throws IOException {
        Path file = write("finance.json", """
                {"apiVersion": "connect-onboard/v1", "kind": "DepartmentOnboarding",
                 "department": {"name": "finance", "prefix": "fin", "owners": ["f@example.org"]},
                 "connect": {"runtime": "managed"},
                 "topics": [{"name": "fin.a"}],
                 "connectors": [{"name": "fin-sink", "class": "S3_SINK", "topics": ["fin.a"],
                                 "config": {"table.name.format": "${topic}", "quote": "a\\"b\\\\c"}}]}
                """);
        CliResult result = run("validate", file);
        assertEquals(ExitCode.OK, result.exitCode(), result::toString);
        assertEquals("ok: 1 department(s), 0 platform file(s), 0 quota policy file(s) valid\n", result.out());
    }

    @Test
    void acceptsConfigValuesWithPlaceholdersQuotesAndBackslashes() throws IOException {
        Path file = write("finance.yaml", HEADER + """
                topics: [{ name: fin.a }]
                connectors:
                  - name: fin-jdbc-sink
                    class: JdbcSink
                    topics: [fin.a]
                    config:
                      table.name.format: ${topic}
                      transforms.route.replacement: "fin_$1_\\"x\\""
                      file.path: C:\\data\\fin
                """);
        CliResult result = run("validate", file);
        assertEquals(ExitCode.OK, result.exitCode(), result::toString);
    }
}
