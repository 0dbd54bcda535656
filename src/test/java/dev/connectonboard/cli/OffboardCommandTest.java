package dev.connectonboard.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code offboard} on copies of the examples, offline: the report by class, the descriptor edit (printed, or written
 * with its comments kept and the root regenerated), and {@code generate} refusing a renamed department.
 */
class OffboardCommandTest {
    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir
    Path work;
    private Path finance;

    @BeforeEach
    void copyExamples() throws IOException {
        copy(PROJECT.resolve("examples"), work.resolve("examples"));
        copy(PROJECT.resolve("modules"), work.resolve("modules"));
        finance = work.resolve("examples/departments/finance.yaml");
        assertEquals(0, generate().exitCode());
    }

    private CliTestSupport.CliResult generate() {
        return CliTestSupport.run("generate", "--platform", work.resolve("examples/platform.yaml"), "--out",
                work.resolve("generated"), "--modules", work.resolve("modules"), work.resolve("examples/departments"));
    }

    private CliTestSupport.CliResult offboard(String... more) {
        Object[] args = Stream.concat(Stream.of("offboard", "--platform", work.resolve("examples/platform.yaml"),
                        "--department", "finance", "--out", work.resolve("generated"), "--modules",
                        work.resolve("modules")), Stream.concat(Stream.of((Object[]) more),
                        Stream.of(work.resolve("examples/departments"))))
                .toArray();
        return CliTestSupport.run(c -> c.getSubcommands().get("offboard").<OffboardCommand>getCommand()
                .environment = java.util.Map.of(), java.util.Arrays.stream(args).map(String::valueOf)
                .toArray(String[]::new));
    }

    @Test
    void showsWhatItDestroysByClassAndTheEditWithoutWritingAnything() throws IOException {
        String before = Files.readString(finance);
        CliTestSupport.CliResult result = offboard("--keep-topic", "fin.ledger.entries");

        assertEquals(0, result.exitCode(), result::toString);
        String out = result.out();
        assertTrue(out.startsWith("Offboarding department finance (prefix fin-, managed)"), out);
        assertTrue(out.contains("live facts not read: "), out);
        assertTrue(out.contains("  sizes: not read (the same reason)\n"), out);
        assertTrue(out.contains("CONNECTORS (deleted first"), out);
        assertTrue(out.contains("  DELETE  fin-ledger-s3-sink  S3_SINK  state not read\n"), out);
        assertTrue(out.contains("  KEEP    fin.ledger.entries  (department topic; released from Terraform's state"), out);
        assertTrue(out.contains("  DELETE  fin.dlq.fin-ledger-s3-sink  (dead letter queue topic)"), out);
        assertTrue(out.contains("  DELETE  service accounts fin-connectors-ebs-prod, fin-operators-ebs-prod, "
                + "fin-metrics-reader-ebs-prod\n"), out);
        assertTrue(out.contains("    offboarding:\n      keepTopics:\n        - fin.ledger.entries\n"), out);
        assertTrue(out.contains("    acknowledgements:\n      - department: finance\n        action: delete\n"), out);
        assertEquals(before, Files.readString(finance), "nothing written without --write");
    }

    @Test
    void writesTheMarkerKeepingCommentsAndRegeneratesTheReducedRoot() throws IOException {
        String before = Files.readString(finance);
        assertEquals(2, offboard("--write").exitCode(), "--write without --reason");
        assertEquals(before, Files.readString(finance));

        CliTestSupport.CliResult result = offboard("--keep-topic", "fin.ledger.entries", "--write", "--reason",
                "Finance leaves the platform (CHG-4800)");
        assertEquals(0, result.exitCode(), result::toString);
        String after = Files.readString(finance);
        assertTrue(after.startsWith(before), "every line (and comment) that was there stays, in place");
        assertEquals("""
                offboarding:
                  keepTopics:
                    - fin.ledger.entries
                acknowledgements:
                  - department: finance
                    action: delete
                    reason: "Finance leaves the platform (CHG-4800)"
                """, after.substring(before.length()));
        String main = Files.readString(work.resolve("generated/finance/main.tf"));
        assertFalse(main.contains("module \"department\""), main);
        assertTrue(main.contains("from = module.department.module.topics.confluent_kafka_topic.department[\"fin.ledger.entries\"]"), main);
        assertEquals(0, generate().exitCode(), "the offboarded descriptor generates deterministically");
        assertEquals(main, Files.readString(work.resolve("generated/finance/main.tf")));

        CliTestSupport.CliResult again = offboard();
        assertEquals(0, again.exitCode(), again::toString);
        assertTrue(again.out().contains("The descriptor already marks the department as offboarding."), again::out);
    }

    @Test
    void generateRefusesARenamedDepartmentAndLeavesGeneratedAsItWas() throws IOException {
        String main = Files.readString(work.resolve("generated/finance/main.tf"));
        Path renamed = work.resolve("examples/departments/finance-ops.yaml");
        Files.move(finance, renamed);
        Files.writeString(renamed, Files.readString(renamed).replace("name: finance\n", "name: finance-ops\n"));

        CliTestSupport.CliResult result = generate();
        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains("department.name: department 'finance-ops' has the prefix 'fin' of "), result::toString);
        assertTrue(result.err().contains("Keep the name 'finance'"), result::toString);
        assertFalse(Files.exists(work.resolve("generated/finance-ops")));
        assertEquals(main, Files.readString(work.resolve("generated/finance/main.tf")));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!source.toString().contains(".terraform")) {
                    Files.createDirectories(target.getParent());
                    Files.copy(source, target);
                }
            }
        }
    }
}
