package dev.connectonboard.descriptor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static dev.connectonboard.descriptor.Inputs.at;
import static dev.connectonboard.descriptor.Inputs.department;
import static dev.connectonboard.descriptor.Inputs.load;
import static dev.connectonboard.descriptor.Inputs.problems;
import static dev.connectonboard.descriptor.Inputs.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the schema of each kind rejects, and the message a user reads for it. */
class StructuralValidatorTest {
    private static final String SLUG_RULE = "expected a slug: a lowercase letter, then 1 to 30 lowercase letters, "
            + "digits or '-'";

    @TempDir
    Path dir;

    /** A department whose name is written as the given YAML scalar (quoted as needed). */
    private Path departmentNamed(String yamlScalar) {
        return write(dir, "d.yaml", Inputs.DEPARTMENT_HEADER.replace("name: finance", "name: " + yamlScalar));
    }

    @Test
    void suggestsTheFieldMeantByAnUnknownOne() {
        Path file = department(dir, """
                topics:
                  - name: fin.a
                    partitons: 3
                """);
        assertEquals(List.of(at(file, 11, 5, "topics[0].partitons", "unknown field 'partitons'; did you mean "
                + "'partitions'?")), problems(file));
    }

    @Test
    void listsTheAllowedFieldsWhenNoneIsClose() {
        Path file = department(dir, """
                topics:
                  - name: fin.a
                    owner: me
                """);
        assertEquals(List.of(at(file, 11, 5, "topics[0].owner", "unknown field 'owner'; allowed here: config, name, "
                + "partitions, retentionHours")), problems(file));
    }

    @Test
    void suggestsTheEnumValueMeant() {
        Path file = write(dir, "d.yaml", Inputs.DEPARTMENT_HEADER.replace("runtime: managed", "runtime: manged"));
        // at the value (column 12), where the fix goes, not at the key
        assertEquals(List.of(at(file, 8, 12, "connect.runtime", "'manged' is not allowed; use one of: managed, "
                + "self-managed; did you mean 'managed'?")), problems(file));
    }

    @Test
    void rejectsWrongTypesNamingWhatWasExpected() {
        Path file = department(dir, """
                topics:
                  - { name: fin.a, partitions: six, retentionHours: 1.5 }
                connectors:
                  - name: fin-sink
                    class: S3_SINK
                    topics: fin.a
                    config: { flush.size: 1000, nested: { a: b } }
                """);
        assertEquals(List.of(
                at(file, 10, 20, "topics[0].partitions", "expected a whole number, found a string"),
                at(file, 10, 37, "topics[0].retentionHours", "expected a whole number, found 1.5"),
                at(file, 14, 5, "connectors[0].topics", "expected a list, found a string"),
                at(file, 15, 33, "connectors[0].config.nested", "expected a single value (text, a number or "
                        + "true/false), found a mapping")), problems(file));
    }

    @Test
    void rejectsMissingRequiredFieldsWithTheirDescription() {
        Path file = write(dir, "d.yaml", """
                apiVersion: connect-onboard/v1
                kind: DepartmentOnboarding
                department:
                  name: finance
                """);
        assertEquals(List.of(
                at(file, 1, 1, "connect", "required field is missing"),
                at(file, 3, 1, "department.owners", "required field is missing (Who to contact about this "
                        + "department's connectors.)"),
                at(file, 3, 1, "department.prefix", "required field is missing (Every connector, service account "
                        + "and IAM role name starts with <prefix>-, every topic with <prefix>. or <prefix>-.)")),
                problems(file));
    }

    @Test
    void rejectsValuesOutsideTheirRange() {
        Path file = department(dir, """
                topics: [{ name: fin.a, partitions: 0 }]
                connectors:
                  - { name: fin-sink, class: S3_SINK, tasks: 5000, topics: [fin.a] }
                """);
        assertEquals(List.of(
                at(file, 9, 25, "topics[0].partitions", "must be at least 1, found 0"),
                at(file, 11, 39, "connectors[0].tasks", "must be at most 1000, found 5000")), problems(file));
    }

    @Test
    void rejectsAnEmptyOwnersList() {
        Path file = write(dir, "d.yaml", Inputs.DEPARTMENT_HEADER.replace("[finance-data@example.org]", "[]"));
        assertEquals(List.of(at(file, 6, 3, "department.owners", "needs at least 1 entry, found none")),
                problems(file));
    }

    static Stream<Arguments> hazardousNames() {
        String template = "it contains a template sequence, which would be evaluated by Terraform";
        String path = "it contains a path separator or '..'";
        return Stream.of(
                Arguments.of("\"fin'x\"", "fin'x", "it contains a quote"),
                Arguments.of("'fin\"x'", "fin\"x", "it contains a quote"),
                Arguments.of("'fin${var.x}'", "fin${var.x}", template),
                Arguments.of("'fin%{if true}'", "fin%{if true}", template),
                Arguments.of("\"fin\\nance\"", "fin\\nance", "it contains a line break"),
                Arguments.of("fin..ance", "fin..ance", path),
                Arguments.of("fin/ance", "fin/ance", path));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hazardousNames")
    void rejectsNamesThatCouldEscapeOrInject(String yamlScalar, String shown, String reason) {
        Path file = departmentNamed(yamlScalar);
        assertEquals(List.of(at(file, 4, 3, "department.name", "'" + shown + "' is not valid (" + reason + "); "
                + SLUG_RULE)), problems(file));
    }

    /** Java's {@code $} matches before a final line break, so "fin\n" would pass {@code ^[a-z]+$} unguarded. */
    @Test
    void rejectsATrailingLineBreakThatJavaDollarWouldAccept() {
        Path file = write(dir, "d.yaml", Inputs.DEPARTMENT_HEADER
                .replace("name: finance", "name: \"finance\\n\"")
                .replace("prefix: fin", "prefix: |\n    fin"));
        assertEquals(List.of(
                at(file, 4, 3, "department.name", "'finance\\n' is not valid (it contains a line break); "
                        + SLUG_RULE),
                at(file, 5, 3, "department.prefix", "'fin\\n' is not valid (it contains a line break); expected "
                        + "2 to 15 lowercase letters or digits, starting with a letter")), problems(file));
    }

    @Test
    void acceptsThePlainNameThoseHazardsWereAddedTo() {
        assertEquals("finance", load(departmentNamed("finance")).departments().get(0).value().name());
    }

    @Test
    void rejectsNamesKafkaAwsAndTerraformWouldRefuse() {
        Path file = department(dir, """
                topics: [{ name: "fin.pay ments" }, { name: fin.a }]
                iamRoles:
                  - { name: Writer, s3: { buckets: [Fin_Archive], access: write } }
                connectors:
                  - { name: fin-sink, class: "S3 SINK", direction: sink, topics: [fin.a] }
                """);
        assertEquals(List.of(
                at(file, 9, 12, "topics[0].name", "'fin.pay ments' is not valid; expected a Kafka topic name: "
                        + "letters, digits, '.', '_' or '-' (at most 201)"),
                at(file, 11, 7, "iamRoles[0].name", "'Writer' is not valid; expected a lowercase letter, then "
                        + "lowercase letters, digits or '-'"),
                at(file, 11, 37, "iamRoles[0].s3.buckets[0]", "'Fin_Archive' is not valid; expected an S3 bucket "
                        + "name: 3 to 63 lowercase letters, digits, '.' or '-'"),
                at(file, 13, 23, "connectors[0].class", "'S3 SINK' is not valid; expected a Confluent Cloud plugin "
                        + "id such as S3_SINK or PostgresCdcSourceV2")), problems(file));
    }

    @Test
    void rejectsATopicNameLongerThanKafkaAllows() {
        Path file = department(dir, "topics: [{ name: fin." + "a".repeat(250) + " }]\n");
        assertEquals(1, problems(file).size());
        assertEquals(at(file, 9, 12, "topics[0].name", "'fin." + "a".repeat(73) + "...' is not valid; expected a "
                + "Kafka topic name: letters, digits, '.', '_' or '-' (at most 201)"), problems(file).get(0));
    }

    @Test
    void rejectsAConfigKeyThatIsNotAPropertyName() {
        Path file = department(dir, """
                topics: [{ name: fin.a }]
                connectors:
                  - name: fin-sink
                    class: S3_SINK
                    topics: [fin.a]
                    config:
                      "flush size": 1000
                """);
        assertEquals(List.of(at(file, 15, 7, "connectors[0].config[\"flush size\"]", "'flush size' is not a valid "
                + "name here; expected a connector property name: letters, digits, '.', '_' or '-'")), problems(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Platform", "QuotaPolicy"})
    void checksPlatformAndQuotaFilesAgainstTheirOwnSchema(String kind) {
        Path file = write(dir, "p.yaml", "apiVersion: connect-onboard/v1\nkind: " + kind + "\nconnectors: []\n");
        assertEquals(at(file, 3, 1, "connectors", "unknown field 'connectors'; allowed here: "
                        + (kind.equals("Platform") ? "apiVersion, aws, confluent, descriptors, isolation, kind, name, selfManagedConnect, terraform"
                        : "apiVersion, defaults, departments, kind")),
                problems(file).stream().filter(p -> p.contains("connectors")).findFirst().orElseThrow());
    }

    @Test
    void rejectsAQuotaOverrideForAnInvalidDepartmentName() {
        Path file = write(dir, "q.yaml", """
                apiVersion: connect-onboard/v1
                kind: QuotaPolicy
                defaults: { maxConnectors: 1, maxTasks: 1, maxTasksPerConnector: 1, maxPrivateLinkEndpoints: 0,
                            allowedConnectorClasses: [S3_SINK] }
                departments:
                  Finance: { maxTasks: 2 }
                  hr: { maxTasks: -1 }
                """);
        assertEquals(List.of(
                at(file, 6, 3, "departments.Finance", "'Finance' is not a valid name here; " + SLUG_RULE),
                at(file, 7, 9, "departments.hr.maxTasks", "must be at least 0, found -1")), problems(file));
    }

    @Test
    void rejectsAStateKeyPrefixThatClimbsOutOfItsFolder() {
        Path platform = write(dir, "platform.yaml", """
                apiVersion: connect-onboard/v1
                kind: Platform
                name: ebs-test
                confluent:
                  organizationId: 0b3c5a8e-1111-2222-3333-444455556666
                  environmentId: env-7q2x9m
                  kafkaCluster: { id: lkc-5k3p2d, restEndpoint: "https://lkc-5k3p2d.eu-west-1.aws.confluent.cloud" }
                  cloud: AWS
                  region: eu-west-1
                aws: { accountId: "123456789012", region: eu-west-1 }
                terraform:
                  confluentProviderVersion: "~> 2.50"
                  awsProviderVersion: "~> 5.100"
                  backend:
                    s3: { bucket: ebs-tf-state, region: eu-west-1, keyPrefix: connect/../other/ }
                  quotaGate: { quotasFile: ../quotas.yaml }
                """);
        assertEquals(List.of(
                at(platform, 15, 52, "terraform.backend.s3.keyPrefix", "'connect/../other/' is not valid (it "
                        + "contains '..'); expected empty or path segments ending in '/', such as "
                        + "connect/, without '..'"),
                at(platform, 16, 16, "terraform.quotaGate.quotasFile", "'../quotas.yaml' is not valid (it contains "
                        + "'..'); expected a relative path without '..'")), problems(platform));
    }
}
