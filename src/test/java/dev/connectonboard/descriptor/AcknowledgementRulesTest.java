package dev.connectonboard.descriptor;

import dev.connectonboard.descriptor.model.AcknowledgedAction;
import dev.connectonboard.descriptor.model.Acknowledgement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.connectonboard.descriptor.Inputs.at;
import static dev.connectonboard.descriptor.Inputs.department;
import static dev.connectonboard.descriptor.Inputs.load;
import static dev.connectonboard.descriptor.Inputs.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** acknowledgements: what each rule rejects, with the fix, and the forms it accepts. */
class AcknowledgementRulesTest {
    @TempDir
    Path dir;

    @Test
    void acceptsATopicDeleteAConnectorReplaceAndTheDepartment() {
        Path file = department(dir, """
                topics:
                  - name: fin.payments.v2
                acknowledgements:
                  - topic: fin.payments.v1
                    action: delete
                    reason: "Replaced by fin.payments.v2, archived to S3 (CHG-4711)"
                  - connector: fin-ledger-s3-sink
                    action: replace
                    reason: moved to a new environment (CHG-4712)
                  - department: finance
                    action: delete
                    reason: offboarding, kept topics released (CHG-4713)
                """);
        List<Acknowledgement> acks = load(file).departments().get(0).value().acknowledgements();
        assertEquals(List.of("topic fin.payments.v1", "connector fin-ledger-s3-sink", "department finance"),
                acks.stream().map(Acknowledgement::subject).toList());
        assertEquals(AcknowledgedAction.REPLACE, acks.get(1).action());
    }

    @Test
    void rejectsAnAcknowledgementNamingNothingOrTwoThings() {
        Path file = department(dir, """
                acknowledgements:
                  - action: delete
                    reason: nothing named here at all
                  - topic: fin.a
                    connector: fin-a
                    action: delete
                    reason: two things named here
                """);
        assertEquals(List.of(
                at(file, 10, 5, "acknowledgements[0]", "names nothing; give exactly one of topic, connector or "
                        + "department"),
                at(file, 12, 5, "acknowledgements[1]", "names 2 things; give exactly one of topic, connector or "
                        + "department")), problems(file));
    }

    @Test
    void rejectsADeleteOfSomethingStillDeclaredAndAnotherDepartment() {
        Path file = department(dir, """
                topics:
                  - name: fin.payments
                acknowledgements:
                  - topic: fin.payments
                    action: delete
                    reason: "we want it gone (CHG-1)"
                  - topic: hr.workers
                    action: delete
                    reason: "not ours to delete (CHG-2)"
                  - department: hr
                    action: replace
                    reason: "not ours either (CHG-3)"
                """);
        List<String> problems = problems(file);
        assertEquals(List.of(
                at(file, 12, 5, "acknowledgements[0].topic", "topic 'fin.payments' is still declared under topics, "
                        + "so it is not deleted; remove it from topics to delete it, or write 'action: replace' to "
                        + "acknowledge a replacement (e.g. fewer partitions)"),
                at(file, 15, 5, "acknowledgements[1].topic", "topic 'hr.workers' is not one of this department's "
                        + "(prefix 'fin.'); a descriptor acknowledges only its own topics"),
                at(file, 18, 5, "acknowledgements[2].department", "a descriptor acknowledges only its own "
                        + "department's removal; write 'department: finance'"),
                at(file, 19, 5, "acknowledgements[2].action", "a department is removed, never replaced; write "
                        + "'action: delete'")), problems);
    }

    @Test
    void rejectsAMissingOrBlankOrMultiLineReason() {
        Path file = department(dir, """
                acknowledgements:
                  - topic: fin.a
                    action: delete
                  - topic: fin.b
                    action: delete
                    reason: "           "
                  - topic: fin.c
                    action: delete
                    reason: "first line\\nsecond \\u001b[31m line"
                """);
        List<String> problems = problems(file);
        assertEquals(3, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).contains("acknowledgements[0]") && problems.get(0).contains("reason"),
                problems.get(0));
        assertTrue(problems.get(1).contains("acknowledgements[1].reason"), problems.get(1));
        assertTrue(problems.get(2).contains("acknowledgements[2].reason"), problems.get(2));
        assertTrue(problems.get(2).contains("second \\u001b[31m line"), "the escape shown as its code, never sent: "
                + problems.get(2));
    }

    @Test
    void rejectsADuplicate() {
        Path file = department(dir, """
                acknowledgements:
                  - { connector: fin-old-sink, action: delete, reason: retired with its source (CHG-9) }
                  - { connector: fin-old-sink, action: delete, reason: retired twice over (CHG-9) }
                """);
        assertEquals(List.of(at(file, 11, 5, "acknowledgements[1]", "duplicate acknowledgement of connector "
                + "fin-old-sink (delete)")), problems(file));
    }
}
