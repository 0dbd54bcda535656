package dev.connectonboard.descriptor;

import dev.connectonboard.descriptor.model.Connector;
import dev.connectonboard.errors.FailureKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.connectonboard.descriptor.Inputs.at;
import static dev.connectonboard.descriptor.Inputs.department;
import static dev.connectonboard.descriptor.Inputs.load;
import static dev.connectonboard.descriptor.Inputs.problems;
import static dev.connectonboard.descriptor.Inputs.resource;
import static dev.connectonboard.descriptor.Inputs.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Loading files and folders of mixed kinds, and what crosses from the file into the model. */
class InputLoaderTest {
    private static final String CI_WORKFLOW = """
            name: ci
            on: [push]
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - run: ./connect-onboard validate descriptors/
            """;
    private static final String KUBERNETES_MANIFEST = """
            apiVersion: v1
            kind: ConfigMap
            metadata: { name: connect-onboard }
            """;

    @TempDir
    Path dir;

    @Test
    void loadsMixedKindsFromFilesAndFolders() throws IOException {
        Path platform = resource(dir, "platform.yaml");
        Path quotas = resource(dir, "quotas.yaml");
        resource(Files.createDirectories(dir.resolve("departments")), "finance.yaml");
        write(dir, "departments/hr/hr.yml", """
                apiVersion: connect-onboard/v1
                kind: DepartmentOnboarding
                department: { name: hr, prefix: hr, owners: [hr@example.org] }
                connect: { runtime: managed }
                """);
        writeDepartment("departments/research.yaml", "research", "res");
        InputSet inputs = load(platform, quotas, dir.resolve("departments"));
        assertEquals("ebs-test", inputs.platformFrom(platform).value().name());
        assertEquals(4, inputs.policyFrom(quotas).value().defaults().maxTasksPerConnector());
        assertEquals(List.of("finance", "hr", "research"),
                inputs.departments().stream().map(d -> d.value().name()).toList());
    }

    private void writeDepartment(String file, String name, String prefix) {
        write(dir, file, "apiVersion: connect-onboard/v1\nkind: DepartmentOnboarding\n"
                + "department: { name: " + name + ", prefix: " + prefix + ", owners: [o@example.org] }\n"
                + "connect: { runtime: managed }\n");
    }

    private Path policyWithOverrides(String... names) {
        StringBuilder policy = new StringBuilder("apiVersion: connect-onboard/v1\nkind: QuotaPolicy\n"
                + "defaults: { maxConnectors: 10, maxTasks: 20, maxTasksPerConnector: 4, maxPrivateLinkEndpoints: 2,"
                + " allowedConnectorClasses: [S3_SINK] }\ndepartments:\n");
        for (String name : names) {
            policy.append("  ").append(name).append(": { maxConnectors: 3 }\n");
        }
        return write(dir, "quotas.yaml", policy.toString());
    }

    @Test
    void aQuotaOverrideForAnUndeclaredDepartmentIsAnErrorWithDidYouMean() {
        Path quotas = policyWithOverrides("finance", "hrr");
        writeDepartment("departments/hr.yaml", "hr", "hr");
        writeDepartment("departments/finance.yaml", "finance", "fin");

        assertEquals(List.of(quotas + ":6:3: departments.hrr: override for department 'hrr', which no descriptor "
                + "given declares; did you mean 'hr'?; fix the name, or remove the override"),
                problems(quotas, dir.resolve("departments")));
    }

    @Test
    void aFolderOfDescriptorsIsTheWholeSetSoAnyUnmatchedOverrideIsAnError() {
        Path quotas = policyWithOverrides("finance", "payroll");
        writeDepartment("departments/finance.yaml", "finance", "fin");

        assertEquals(List.of(quotas + ":6:3: departments.payroll: override for department 'payroll', which no "
                + "descriptor given declares; fix the name, or remove the override"),
                problems(quotas, dir.resolve("departments")));
    }

    @Test
    void oneDescriptorFileWithThePolicyFlagsOnlyOverridesThatLookLikeItsTypo() {
        Path quotas = policyWithOverrides("finance", "payroll");
        Path hr = write(dir, "hr.yaml", "apiVersion: connect-onboard/v1\nkind: DepartmentOnboarding\n"
                + "department: { name: hr, prefix: hr, owners: [o@example.org] }\nconnect: { runtime: managed }\n");

        assertEquals(1, load(quotas, hr).departments().size(), "the other departments' overrides are not hr's");
        Path typo = policyWithOverrides("hrr");
        assertEquals(List.of(typo + ":5:3: departments.hrr: override for department 'hrr', which no descriptor "
                + "given declares; did you mean 'hr'?; fix the name, or remove the override"), problems(typo, hr));
    }

    @Test
    void readsEachFileOnceWhenNamedTwice() {
        Path finance = resource(dir, "finance.yaml");
        assertEquals(1, load(finance, dir, dir.resolve(".").resolve("finance.yaml")).departments().size());
    }

    @Test
    void readsADescriptorWrittenAsJson() {
        write(dir, "finance.json", """
                {
                  "apiVersion": "connect-onboard/v1",
                  "kind": "DepartmentOnboarding",
                  "department": { "name": "finance", "prefix": "fin", "owners": ["f@example.org"] },
                  "connect": { "runtime": "managed" },
                  "topics": [ { "name": "fin.a", "partitions": 3 } ],
                  "connectors": [ { "name": "fin-sink", "class": "S3_SINK", "topics": ["fin.a"],
                                    "config": { "flush.size": 1000, "s3.bucket.name": "fin-a" } } ]
                }
                """);
        Connector sink = load(dir).departments().get(0).value().connectors().get(0);
        assertEquals(Map.of("flush.size", "1000", "s3.bucket.name", "fin-a"), sink.config());
    }

    @Test
    void pointsAtTheLineAndColumnOfAProblemInJson() {
        Path file = write(dir, "finance.json", """
                {
                  "apiVersion": "connect-onboard/v1",
                  "kind": "DepartmentOnboarding",
                  "department": { "name": "finance", "prefix": "fin", "owners": ["f@example.org"] },
                  "connect": { "runtime": "manged" },
                  "topics": [ { "name": "payments" } ]
                }
                """);
        assertEquals(List.of(
                at(file, 5, 27, "connect.runtime", "'manged' is not allowed; use one of: managed, self-managed; "
                        + "did you mean 'managed'?")), problems(file));
    }

    @Test
    void passesConfigValuesThroughExactlyAsWritten() {
        department(dir, """
                topics: [{ name: fin.a, config: { retention.bytes: 0x10, cleanup.policy: compact } }]
                connectors:
                  - name: fin-jdbc-sink
                    class: JdbcSink
                    topics: [fin.a]
                    config:
                      table.name.format: ${topic}
                      quoted: 'say "hi"'
                      backslashes: C:\\temp\\new
                      template: "%{if x}y%{endif}"
                      database.port: 05432
                      auto.create: yes
                      batch.size: 1e3
                      ratio: 1.50
                """);
        var finance = load(dir).departments().get(0).value();
        assertEquals(Map.of(
                "table.name.format", "${topic}",
                "quoted", "say \"hi\"",
                "backslashes", "C:\\temp\\new",
                "template", "%{if x}y%{endif}",
                "database.port", "05432",
                "auto.create", "yes",
                "batch.size", "1e3",
                "ratio", "1.50"), finance.connectors().get(0).config());
        assertEquals("0x10", finance.topics().get(0).config().get("retention.bytes"));
    }

    @Test
    void skipsFilesOfOtherToolsWhenWalkingAFolder() {
        resource(dir, "finance.yaml");
        Path workflow = write(dir, "ci.yml", CI_WORKFLOW);
        Path manifest = write(dir, "k8s/configmap.yaml", KUBERNETES_MANIFEST);
        write(dir, ".github/workflows/ci.yml", CI_WORKFLOW.replace("jobs:", "jobs: [broken"));
        InputSet inputs = load(dir);
        assertEquals(List.of("finance"), inputs.departments().stream().map(d -> d.value().name()).toList());
        assertEquals(List.of(workflow, manifest), inputs.skipped());
    }

    @Test
    void reportsADescriptorWithTyposInItsHeaderInsteadOfSkippingIt() {
        Path typo = write(dir, "finance.yaml", Inputs.DEPARTMENT_HEADER
                .replace("apiVersion:", "apiversion:").replace("kind:", "knd:"));
        assertEquals(List.of(
                at(typo, 1, 1, "apiVersion", "required field is missing; add 'apiVersion: connect-onboard/v1' (is "
                        + "'apiversion' on line 1 meant to be 'apiVersion'?)"),
                at(typo, 1, 1, "kind", "required field is missing; add 'kind: Platform' or 'kind: QuotaPolicy' or "
                        + "'kind: DepartmentOnboarding' (is 'knd' on line 2 meant to be 'kind'?)")), problems(dir));
    }

    @Test
    void reportsADescriptorWithoutHeaderFoundInAFolder() {
        Path headless = write(dir, "finance.yaml", Inputs.DEPARTMENT_HEADER.lines().skip(2)
                .reduce("", (a, b) -> a + b + "\n"));
        assertEquals(List.of(
                at(headless, 1, 1, "apiVersion", "required field is missing; add 'apiVersion: connect-onboard/v1'"),
                at(headless, 1, 1, "kind", "required field is missing; add 'kind: Platform' or 'kind: QuotaPolicy' "
                        + "or 'kind: DepartmentOnboarding'")), problems(dir));
    }

    @Test
    void suggestsTheApiVersionFieldWhenItIsMisspelled() {
        Path file = write(dir, "finance.yaml", Inputs.DEPARTMENT_HEADER.replace("apiVersion:", "apiVersoin:"));
        assertEquals(List.of(
                at(file, 1, 1, "apiVersion", "required field is missing; add 'apiVersion: connect-onboard/v1'"),
                at(file, 1, 1, "apiVersoin", "unknown field 'apiVersoin'; did you mean 'apiVersion'?")),
                problems(file));
    }

    @Test
    void rejectsUnknownApiVersionAndKind() {
        Path version = write(dir, "a.yaml", Inputs.DEPARTMENT_HEADER.replace("/v1", "/v2"));
        Path kind = write(dir, "b.yaml", Inputs.DEPARTMENT_HEADER.replace("DepartmentOnboarding", "Department"));
        assertEquals(List.of(
                at(version, 1, 1, "apiVersion", "unknown apiVersion 'connect-onboard/v2'; this version of "
                        + "connect-onboard reads connect-onboard/v1; did you mean 'connect-onboard/v1'?"),
                at(kind, 2, 1, "kind", "unknown kind 'Department'; use one of: Platform, QuotaPolicy, "
                        + "DepartmentOnboarding")), problems(version, kind));
    }

    @Test
    void suggestsTheKindMeant() {
        Path file = write(dir, "a.yaml", Inputs.DEPARTMENT_HEADER
                .replace("DepartmentOnboarding", "DepartmentOnbaording"));
        assertEquals(List.of(at(file, 2, 1, "kind", "unknown kind 'DepartmentOnbaording'; use one of: Platform, "
                + "QuotaPolicy, DepartmentOnboarding; did you mean 'DepartmentOnboarding'?")), problems(file));
    }

    @Test
    void rejectsAFileThatIsNotAMapping() {
        Path file = write(dir, "list.yaml", "- apiVersion: connect-onboard/v1\n");
        assertEquals(List.of(at(file, 1, 1, "", "expected a mapping with apiVersion and kind at the top of the "
                + "file, found array")), problems(file));
    }

    @Test
    void rejectsAFolderWithoutInputFiles() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        write(dir, "empty/README.md", "# nothing here\n");
        assertEquals(List.of(at(empty, 1, 1, "", "no input files (*.yaml, *.yml, *.json) in this folder; pass the "
                + "folder that holds the department descriptors")), problems(empty));
    }

    @Test
    void rejectsAFolderWhoseFilesAllBelongToOtherTools() {
        write(dir, "ci.yml", CI_WORKFLOW);
        write(dir, "configmap.yaml", KUBERNETES_MANIFEST);
        assertEquals(List.of(at(dir, 1, 1, "", "no connect-onboard files in this folder: its YAML and JSON files do "
                + "not declare 'apiVersion: connect-onboard/v1'; pass the folder that holds the department "
                + "descriptors"),
                "skipped " + dir.resolve("ci.yml") + ": not a connect-onboard file (no 'apiVersion: connect-onboard/v1')",
                "skipped " + dir.resolve("configmap.yaml") + ": not a connect-onboard file (no 'apiVersion: "
                        + "connect-onboard/v1')"), problems(dir));
    }

    @Test
    void rejectsASecondQuotaPolicy() {
        Path first = resource(dir, "quotas.yaml");
        Path second = write(dir, "more-quotas.yaml", """
                # a copy someone forgot
                apiVersion: connect-onboard/v1
                kind: QuotaPolicy
                defaults: { maxConnectors: 1, maxTasks: 1, maxTasksPerConnector: 1, maxPrivateLinkEndpoints: 0,
                            allowedConnectorClasses: [S3_SINK] }
                """);
        assertEquals(List.of(at(second, 3, 1, "kind", "a second QuotaPolicy (the first is " + first + "); pass "
                + "exactly one quota policy")), problems(first, second));
    }

    @Test
    void failsAsUsageErrorForAPathThatDoesNotExist() {
        Path missing = dir.resolve("nope.yaml");
        InputNotFoundException failure = assertThrows(InputNotFoundException.class, () -> load(missing));
        assertEquals(FailureKind.USAGE, failure.kind());
        assertEquals("no such file or folder: " + missing, failure.getMessage());
    }

    @Test
    void namesWhatAFileIsWhenItIsNotTheKindAskedFor() {
        Path quotas = resource(dir, "quotas.yaml");
        InputSet inputs = load(quotas);
        var failure = assertThrows(dev.connectonboard.errors.OnboardException.class, () -> inputs.platformFrom(quotas));
        assertEquals(FailureKind.USAGE, failure.kind());
        assertEquals(quotas + " is a QuotaPolicy file, not a Platform file; pass the file that says 'kind: "
                + "Platform'", failure.getMessage());
    }
}
