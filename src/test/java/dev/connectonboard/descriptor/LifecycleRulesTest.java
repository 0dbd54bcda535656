package dev.connectonboard.descriptor;

import dev.connectonboard.descriptor.model.DepartmentOnboarding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.connectonboard.descriptor.Inputs.at;
import static dev.connectonboard.descriptor.Inputs.department;
import static dev.connectonboard.descriptor.Inputs.load;
import static dev.connectonboard.descriptor.Inputs.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** adopted, offboarding, placeholder secrets and renames: what each rule refuses, at its line, with the fix. */
class LifecycleRulesTest {
    @TempDir
    Path dir;

    @Test
    void refusesAnAdoptedSecretThatIsStillAPlaceholder() {
        Path file = department(dir, """
                connectors:
                  - name: fin-crm-http-sink
                    class: HttpSink
                    secrets:
                      # TODO store the value in Secrets Manager at fin/fin-crm-http-sink (key http.password) first
                      http.password: { awsSecretsManager: { secretId: fin/fin-crm-http-sink, key: http.password }, placeholder: true }
                adopted:
                  - connector: fin-crm-http-sink
                """);
        assertEquals(List.of(at(file, 14, 100, "connectors[0].secrets[\"http.password\"].placeholder",
                "connect-onboard adopt wrote this reference for a value Confluent Cloud masks, so the secret does "
                        + "not hold it yet: store the connector's 'http.password' in AWS Secrets Manager as secret "
                        + "'fin/fin-crm-http-sink', JSON key 'http.password' (aws secretsmanager create-secret / "
                        + "put-secret-value), then delete 'placeholder: true'")), problems(file));
    }

    @Test
    void acceptsAdoptedEntriesThatAreDeclared() {
        Path file = department(dir, """
                topics:
                  - name: fin.crm.events
                connectors:
                  - name: fin-crm-http-sink
                    class: HttpSink
                    topics: [fin.crm.events]
                    secrets:
                      http.password: { awsSecretsManager: { secretId: fin/fin-crm-http-sink, key: http.password } }
                adopted:
                  - connector: fin-crm-http-sink
                  - topic: fin.crm.events
                """);
        DepartmentOnboarding loaded = load(file).departments().get(0).value();
        assertEquals(List.of("fin-crm-http-sink"), loaded.adoptedConnectors());
        assertEquals(List.of("fin.crm.events"), loaded.adoptedTopics());
    }

    @Test
    void refusesAdoptedEntriesThatAreNotDeclaredOrNameTwoThings() {
        Path file = department(dir, """
                topics:
                  - name: fin.crm.events
                adopted:
                  - topic: fin.crm.event
                  - connector: fin-crm-http-sink
                    topic: fin.crm.events
                """);
        assertEquals(List.of(
                at(file, 12, 5, "adopted[0].topic", "'fin.crm.event' is not declared under topics (or a connector's DLQ); an adopted "
                        + "resource is imported into its declared entry, so declare it or remove this entry; did you "
                        + "mean 'fin.crm.events'?"),
                at(file, 13, 5, "adopted[1]", "give exactly one of connector or topic")), problems(file));
    }

    @Test
    void refusesOffboardingWithoutTheDepartmentsAcknowledgementOrKeepingAForeignTopic() {
        Path file = department(dir, """
                topics:
                  - name: fin.ledger.entries
                offboarding:
                  keepTopics: [fin.ledger.entrie, fin.connect-offsets]
                """);
        List<String> problems = problems(file);
        assertEquals(3, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith(file + ":11:1: offboarding: offboarding deletes the department's "
                + "connectors, access and topics, so it needs its consent: add under acknowledgements '{ department: "
                + "finance, action: delete,"), problems::toString);
        assertTrue(problems.get(1).contains("offboarding.keepTopics[0]: 'fin.ledger.entrie' is neither a declared "
                + "topic nor a dead letter queue of this department") && problems.get(1).endsWith(
                "did you mean 'fin.ledger.entries'?"), problems::toString);
        assertTrue(problems.get(2).contains("offboarding.keepTopics[1]: 'fin.connect-offsets'"), problems::toString);
    }

    @Test
    void acceptsAnAcknowledgedOffboardingKeepingADeadLetterQueue() {
        Path file = department(dir, """
                topics:
                  - name: fin.ledger.entries
                connectors:
                  - name: fin-ledger-s3-sink
                    class: S3_SINK
                    topics: [fin.ledger.entries]
                    errors: { tolerance: all, deadLetterQueue: true }
                offboarding:
                  keepTopics: [fin.ledger.entries, fin.dlq.fin-ledger-s3-sink]
                acknowledgements:
                  - department: finance
                    action: delete
                    reason: "Finance leaves the platform (CHG-1)"
                """);
        DepartmentOnboarding loaded = load(file).departments().get(0).value();
        assertTrue(loaded.isOffboarding());
        assertEquals(List.of("fin.ledger.entries", "fin.dlq.fin-ledger-s3-sink"), loaded.offboarding().keepTopics());
    }

    @Test
    void refusesARenamedDepartmentWhoseOldRootIsStillGenerated() throws IOException {
        Path file = Inputs.write(dir, "departments/finance-ops.yaml", Inputs.DEPARTMENT_HEADER
                .replace("name: finance", "name: finance-ops"));
        Path generated = dir.resolve("generated");
        Files.createDirectories(generated.resolve("finance"));
        Files.writeString(generated.resolve("finance/main.tf"), """
                # Generated by connect-onboard from examples/departments/finance.yaml. Do not edit: changes are overwritten.

                module "department" {
                  department = {
                    name        = "finance"
                    prefix      = "fin"
                  }
                }
                """);
        Files.createDirectories(generated.resolve("hand-made"));
        Files.writeString(generated.resolve("hand-made/main.tf"), "  prefix = \"fin\"\n");

        List<Problem> problems = RenameRules.check(load(file).departments(), generated);
        assertEquals(1, problems.size(), problems::toString);
        String message = problems.get(0).toString();
        assertTrue(message.startsWith(file + ":4:3: department.name: department 'finance-ops' has the prefix 'fin' of "
                + generated.resolve("finance") + "/ (department 'finance'): a renamed department gets a new "
                + "Terraform state"), message);
        assertTrue(message.contains("Keep the name 'finance', or change departments properly: name it 'finance' "
                + "again, run `connect-onboard offboard --department finance ...`"), message);

        Files.writeString(generated.resolve("finance/main.tf"), Files.readString(generated.resolve("finance/main.tf"))
                .replace("\"fin\"", "\"hr\""));
        assertEquals(List.of(), RenameRules.check(load(file).departments(), generated), "another prefix: no rename");
    }
}
