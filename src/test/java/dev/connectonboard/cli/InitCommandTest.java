package dev.connectonboard.cli;

import dev.connectonboard.descriptor.InputLoader;
import dev.connectonboard.descriptor.model.ConnectRuntime;
import dev.connectonboard.descriptor.model.DepartmentOnboarding;
import dev.connectonboard.operator.init.Prompter;
import dev.connectonboard.operator.init.ScriptedPrompter;
import dev.connectonboard.operator.status.StatusCluster;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code init} end to end: what it writes passes the real loader, and what it refuses leaves no file behind. */
class InitCommandTest {
    @TempDir
    Path temp;

    private Path departments;

    record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void copyExistingDepartments() throws IOException {
        departments = temp.resolve("departments");
        Files.createDirectories(departments);
        try (Stream<Path> files = Files.list(StatusCluster.resource("departments"))) {
            for (Path file : files.toList()) {
                Files.copy(file, departments.resolve(file.getFileName().toString()));
            }
        }
        Files.copy(StatusCluster.resource("platform.yaml"), temp.resolve("platform.yaml"));
        Files.copy(StatusCluster.resource("quotas.yaml"), temp.resolve("quotas.yaml"));
    }

    private Run init(Optional<Prompter> terminal, String... args) {
        List<String> all = new ArrayList<>(List.of("init"));
        all.addAll(List.of(args));
        if (!all.contains("--descriptors")) {
            all.addAll(List.of("--descriptors", departments.toString()));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        InitCommand command = commandLine.getSubcommands().get("init").getCommand();
        command.terminal = () -> terminal;
        int exit = commandLine.execute(all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    private Run init(String... args) {
        return init(Optional.empty(), args);
    }

    private DepartmentOnboarding loadWithEveryOtherDescriptor(String name) {
        return InputLoader.load(List.of(temp.resolve("platform.yaml"), departments))
                .department(name).orElseThrow().value();
    }

    private List<String> fileNames() throws IOException {
        try (Stream<Path> files = Files.list(departments)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesADescriptorThatValidatesWithTheExistingOnesAndPrintsTheNextSteps() {
        Run run = init("payments", "--prefix", "pay", "--owner", "payments-data@example.org");

        assertEquals(0, run.exit(), run.err());
        DepartmentOnboarding written = loadWithEveryOtherDescriptor("payments");
        assertEquals("pay", written.prefix());
        assertEquals(List.of("payments-data@example.org"), written.department().owners());
        assertEquals(ConnectRuntime.MANAGED, written.connect().runtime());
        List<String> lines = run.out().lines().toList();
        Path file = departments.resolve("payments.yaml");
        assertEquals("wrote " + file + ": department payments, prefix pay-, runtime managed", lines.get(0));
        assertEquals("Next steps:", lines.get(2));
        String platform = temp.resolve("platform.yaml").toString();
        String quotas = temp.resolve("quotas.yaml").toString();
        assertTrue(run.out().contains("Validate:     ./connect-onboard validate --platform " + platform + " --quotas "
                + quotas + " " + departments + "\n"), run.out());
        assertTrue(run.out().contains("Quota check:  ./connect-onboard quota check --platform " + platform), run.out());
        assertTrue(run.out().contains("Generate:     ./connect-onboard generate --platform " + platform + " "
                + departments + "\n"), run.out());
        assertTrue(run.out().contains("Open a pull request with " + file + " and generated/payments/"), run.out());
        assertFalse(run.out().contains("placeholder owner"), "an owner was given: " + run.out());
    }

    @Test
    void withoutAnOwnerWritesAPlaceholderAndSaysToReplaceIt() {
        Run run = init("payments", "--prefix", "pay");

        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of("payments-team@example.org"),
                loadWithEveryOtherDescriptor("payments").department().owners());
        assertTrue(run.out().contains("Replace the placeholder owner payments-team@example.org"), run.out());
    }

    @Test
    void writesASelfManagedDescriptorWithPlaceholderNetworkIdsToReplace() {
        Run run = init("lab", "--prefix", "lab", "--runtime", "self-managed", "--owner", "lab@example.org");

        assertEquals(0, run.exit(), run.err());
        DepartmentOnboarding written = loadWithEveryOtherDescriptor("lab");
        assertEquals(ConnectRuntime.SELF_MANAGED, written.connect().runtime());
        assertEquals(List.of("subnet-00000000"), written.connect().selfManaged().subnetIds());
        assertTrue(run.out().contains("Replace the placeholder subnet and security group ids"), run.out());
    }

    @Test
    void writesWhereOutSays() throws IOException {
        Path out = temp.resolve("elsewhere/pay.yaml");

        Run run = init("payments", "--prefix", "pay", "--out", out.toString());

        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.readString(out).contains("  name: payments\n"));
        assertFalse(Files.exists(departments.resolve("payments.yaml")));
    }

    @Test
    void startsTheFirstDescriptorOfANewRepository() {
        Path fresh = temp.resolve("new-repo/departments");

        Run run = init("payments", "--prefix", "pay", "--descriptors", fresh.toString());

        assertEquals(0, run.exit(), run.err());
        assertEquals("pay", InputLoader.load(List.of(fresh)).departments().get(0).value().prefix());
    }

    @Test
    void neverOverwritesAFile() throws IOException {
        Path existing = departments.resolve("payments.yaml");
        assertEquals(0, init("payments", "--prefix", "pay").exit());
        Files.writeString(existing, "# my edits\n" + Files.readString(existing));
        String edited = Files.readString(existing);
        Path notADescriptor = temp.resolve("notes.yaml");
        Files.writeString(notADescriptor, "keep me\n");

        Run again = init("payments", "--prefix", "pay");
        Run ontoOtherFile = init("lab", "--prefix", "lab", "--out", notADescriptor.toString());

        assertEquals(2, again.exit());
        assertEquals("error: " + existing + " already exists; init never overwrites a file. Edit it, or pass another"
                + " --out\n", again.err());
        assertEquals(edited, Files.readString(existing));
        assertEquals(2, ontoOtherFile.exit());
        assertEquals("keep me\n", Files.readString(notADescriptor));
    }

    @Test
    void refusesANameAnotherDescriptorUses() throws IOException {
        Run run = init("hr", "--prefix", "people", "--out", temp.resolve("hr2.yaml").toString());

        assertEquals(1, run.exit());
        assertEquals("error: department 'hr' already exists (" + departments.resolve("hr.yaml") + ":5); choose another"
                + " name, or edit that file\n", run.err());
        assertFalse(Files.exists(temp.resolve("hr2.yaml")));
    }

    @Test
    void refusesAPrefixThatStartsWithAnotherDepartmentsPrefix() throws IOException {
        Run longer = init("fintech", "--prefix", "fina");
        Run shorter = init("fishing", "--prefix", "fi");
        Run same = init("people", "--prefix", "hr");

        assertEquals(1, longer.exit());
        assertEquals("error: prefix 'fina' starts with 'fin', the prefix of department 'finance' ("
                + departments.resolve("finance.yaml") + ":6); choose a prefix that neither starts with nor is the"
                + " start of another, so that no department's names can be taken for the other's\n", longer.err());
        assertEquals(1, shorter.exit());
        assertTrue(shorter.err().startsWith("error: prefix 'fi' is the start of 'fin', the prefix of department"
                + " 'finance'"), shorter.err());
        assertEquals(1, same.exit());
        assertTrue(same.err().startsWith("error: prefix 'hr' is already used by department 'hr'"), same.err());
        assertEquals(List.of("finance.yaml", "hr.yaml", "ops.yaml", "research.yaml"), fileNames());
    }

    @Test
    void rejectsEveryInvalidValueAtOnceWithTheRuleToFollow() throws IOException {
        Run run = init("Payments", "--prefix", "pay-", "--owner", "nobody");

        assertEquals(2, run.exit());
        assertEquals(List.of(
                "department name 'Payments' must be a slug: a lowercase letter, then 1 to 30 lowercase letters, digits"
                        + " or '-', for example 'payments'",
                "prefix 'pay-' must be 2 to 15 lowercase letters or digits, starting with a letter (no '-': the tool"
                        + " adds it), for example 'pay'",
                "owner 'nobody' must be an e-mail address",
                "error: init wrote nothing: 3 problems (listed above)"), run.err().lines().toList());
        assertEquals(List.of("finance.yaml", "hr.yaml", "ops.yaml", "research.yaml"), fileNames());
    }

    @Test
    void rejectsAnUnknownRuntime() {
        Run run = init("payments", "--prefix", "pay", "--runtime", "lambda");

        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("error: --runtime must be managed or self-managed, not 'lambda'"), run.err());
    }

    @Test
    void outsideATerminalNeverWaitsForInput() {
        Run run = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            // the real terminal lookup: under a test runner, as in CI, there is no console
            int exit = Main.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                    .execute("init", "--descriptors", departments.toString());
            return new Run(exit, out.toString(), err.toString());
        });

        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("error: init needs NAME and --prefix P when it cannot ask (not in a terminal),"
                + " for example: connect-onboard init payments --prefix pay"), run.err());
    }

    @Test
    void inATerminalAsksForWhatIsMissingAndExplainsRejectedAnswers() {
        ScriptedPrompter person = new ScriptedPrompter("hr", "payments", "fina", "", "", "payments-data@example.org");

        Run run = init(Optional.of(person));

        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of(
                "Department name (a slug such as payments)",
                "Department name (a slug such as payments)",
                "Prefix of its connectors and topics [payments]",
                "Prefix of its connectors and topics [payments]",
                "Connect runtime, managed (Confluent Cloud runs the connectors) or self-managed (your workers on ECS"
                        + " Fargate) [managed]",
                "Owner e-mail (who the platform team contacts) [payments-team@example.org]"), person.questions());
        assertEquals(2, person.complaints().size());
        assertTrue(person.complaints().get(0).startsWith("department 'hr' already exists"), person.complaints().get(0));
        assertTrue(person.complaints().get(1).startsWith("prefix 'fina' starts with 'fin'"), person.complaints().get(1));
        DepartmentOnboarding written = loadWithEveryOtherDescriptor("payments");
        assertEquals("payments", written.prefix());
        assertEquals(List.of("payments-data@example.org"), written.department().owners());
    }

    @Test
    void inATerminalAsksOnlyForWhatIsMissing() {
        ScriptedPrompter person = new ScriptedPrompter("pay");

        Run run = init(Optional.of(person), "payments", "--runtime", "managed", "--owner", "p@example.org");

        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of("Prefix of its connectors and topics [payments]"), person.questions());
    }

    @Test
    void endedInputCancelsWithoutWriting() throws IOException {
        Run run = init(Optional.of(new ScriptedPrompter("payments")));

        assertEquals(2, run.exit());
        assertEquals("error: init cancelled: input ended before every value was given; nothing was written\n",
                run.err());
        assertEquals(List.of("finance.yaml", "hr.yaml", "ops.yaml", "research.yaml"), fileNames());
    }

    @Test
    void givesUpAfterThreeUnusableAnswers() {
        Run run = init(Optional.of(new ScriptedPrompter("Bad", "bad!", "x")));

        assertEquals(2, run.exit());
        assertEquals("error: init gave up after 3 unusable answers to \"Department name (a slug such as payments)\";"
                + " nothing was written\n", run.err());
    }

    @Test
    void invalidExistingDescriptorsAreNamedBeforeAnythingIsWritten() throws IOException {
        Files.writeString(departments.resolve("broken.yaml"), "apiVersion: connect-onboard/v1\nkind: "
                + "DepartmentOnboarding\ndepartment: { name: broken }\n");

        Run run = init("payments", "--prefix", "pay");

        assertEquals(1, run.exit());
        assertTrue(run.err().contains(departments.resolve("broken.yaml") + ":3:"), run.err());
        assertTrue(run.err().contains("init checks a new department against them, so fix those first"), run.err());
        assertFalse(Files.exists(departments.resolve("payments.yaml")));
    }
}
