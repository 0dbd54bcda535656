package dev.connectonboard.security;

import dev.connectonboard.cli.CliTestSupport;
import dev.connectonboard.cli.CliTestSupport.CliResult;
import dev.connectonboard.descriptor.Inputs;
import dev.connectonboard.descriptor.InputLoader;
import dev.connectonboard.descriptor.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inputs built to slip through: bytes that decode to characters a check trusts, YAML tags, half characters, and
 * files shaped so that folder mode would skip them.
 */
class HostileInputTest {
    private static final String HEADER = Inputs.DEPARTMENT_HEADER;

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] bytes(String before, int[] raw, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        for (int b : raw) {
            out.write(b);
        }
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static List<String> problemLines(CliResult result) {
        return result.err().lines().filter(line -> !line.startsWith("error: ")).toList();
    }

    @Test
    void anOverlongSlashOrQuoteIsRefusedAtItsLineNotDecoded() throws IOException {
        // C0 AF is an overlong '/', C0 A2 an overlong '"': a lenient decoder turns them into characters the name
        // patterns were meant to keep out
        Path slash = write("slash.yaml", bytes(HEADER + "topics:\n  - name: fin.a", new int[] {0xC0, 0xAF},
                "..\n    partitions: 1\n"));
        Path quote = write("quote.yaml", bytes(HEADER.replace("finance", "quotes").replace("prefix: fin",
                "prefix: quo") + "topics:\n  - name: quo.a", new int[] {0xC0, 0xA2}, "b\n    partitions: 1\n"));

        CliResult result = CliTestSupport.run("validate", slash, quote);

        assertEquals(1, result.exitCode(), result.toString());
        assertEquals(List.of(
                quote + ":10:16: not UTF-8 text: the bytes C0 are not a character (an overlong form, an encoded "
                        + "surrogate or a stray byte); save the file as UTF-8",
                slash + ":10:16: not UTF-8 text: the bytes C0 are not a character (an overlong form, an encoded "
                        + "surrogate or a stray byte); save the file as UTF-8"), problemLines(result));
    }

    @Test
    void anEncodedSurrogateIsRefusedAtItsLine() throws IOException {
        Path file = write("finance.yaml", bytes(HEADER + "topics:\n  - name: fin.x\n    partitions: 1\n"
                + "    config: { note: \"a", new int[] {0xED, 0xA0, 0x80}, "b\" }\n"));

        CliResult result = CliTestSupport.run("validate", file);

        assertEquals(1, result.exitCode(), result.toString());
        assertTrue(problemLines(result).get(0).startsWith(file + ":12:23: not UTF-8 text: the bytes ED A0 80"),
                result.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"finance.yaml", "finance.json"})
    void aLoneSurrogateFromAnEscapeIsRefusedAtItsLineBeforeGenerateCouldTripOnIt(String name) throws IOException {
        String yaml = HEADER + "topics:\n  - name: fin.x\n    partitions: 1\n    config: { note: \"a\\ud800b\" }\n";
        String json = "{\"apiVersion\": \"connect-onboard/v1\", \"kind\": \"DepartmentOnboarding\",\n"
                + "\"department\": {\"name\": \"finance\", \"prefix\": \"fin\", \"owners\": [\"a@example.org\"]},\n"
                + "\"connect\": {\"runtime\": \"managed\"},\n"
                + "\"topics\": [{\"name\": \"fin.x\", \"partitions\": 1, \"config\": {\"n\": \"a\\ud800b\"}}]}\n";
        Path file = write(name, name.endsWith(".json") ? json : yaml);

        CliResult validate = CliTestSupport.run("validate", file);
        CliResult generate = CliTestSupport.run("generate", "--platform", "examples/platform.yaml", "--out",
                dir.resolve("out"), file);

        for (CliResult result : List.of(validate, generate)) {
            assertEquals(1, result.exitCode(), result.toString());
            assertTrue(problemLines(result).get(0).startsWith(file + (name.endsWith(".json") ? ":4:" : ":12:")),
                    result.toString());
            assertTrue(result.err().contains("a lone surrogate (\\ud800) is half of a character"), result.toString());
            assertFalse(result.err().contains("Input length"), result.toString());
        }
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"!!binary aGVsbG8=", "!foo x", "!!python/object:os.system {a: 1}", "!!str fin.x"})
    void yamlTagsAreRefusedNotDropped(String tagged) throws IOException {
        Path file = write("finance.yaml", HEADER + "topics:\n  - name: " + tagged + "\n    partitions: 1\n");

        CliResult result = CliTestSupport.run("validate", file);

        assertEquals(1, result.exitCode(), result.toString());
        String tag = tagged.substring(0, tagged.indexOf(' '));
        assertEquals(List.of(file + ":10:11: YAML tags (" + tag + ") are not accepted in inputs: they change what a "
                + "value means, and connect-onboard reads plain values only; remove the tag and write the value as "
                + "text"), problemLines(result));
    }

    @Test
    void aDescriptorWrittenAsATopLevelListIsReportedNotSkipped() throws IOException {
        Path folder = dir.resolve("departments");
        write("departments/finance.yaml", "- " + HEADER.strip().replace("\n", "\n  ") + "\n");
        write("departments/ci.yml", "name: build\non: [push]\njobs: {}\n");

        CliResult validate = CliTestSupport.run("validate", folder);
        CliResult generate = CliTestSupport.run("generate", "--platform", "examples/platform.yaml", "--out",
                dir.resolve("out"), folder);

        for (CliResult result : List.of(validate, generate)) {
            assertEquals(1, result.exitCode(), result.toString());
            assertTrue(result.err().contains(folder.resolve("finance.yaml") + ":1:1: expected a mapping with "
                    + "apiVersion and kind at the top of the file, found array"), result.toString());
        }
        assertTrue(validate.err().contains("skipped " + folder.resolve("ci.yml") + ": not a connect-onboard file"),
                "skipped files are listed even when the run fails:\n" + validate);
    }

    @Test
    void aFileThatNamesOurApiVersionAnywhereIsNeverSkipped() throws IOException {
        Path folder = dir.resolve("departments");
        write("departments/nested.yaml", "descriptor:\n  apiVersion: connect-onboard/v1\n  kind: DepartmentOnboarding\n");
        write("departments/other.yaml", "apiVersion: v1\nkind: ConfigMap\ndata:\n  x: connect-onboard/v1\n");

        CliResult result = CliTestSupport.run("validate", folder);

        assertEquals(1, result.exitCode(), result.toString());
        assertTrue(result.err().contains(folder.resolve("nested.yaml").toString()), result.toString());
        assertTrue(result.err().contains(folder.resolve("other.yaml").toString()), result.toString());
        assertFalse(result.err().contains("skipped"), result.toString());
    }

    /**
     * A hang guard, not a timing (the benchmark measures: each shape validates in well under 2 s): every 1 MiB
     * hostile shape gets its verdict. Before the checks were made linear, the first shape alone never finished.
     */
    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void everyMegabyteHostileShapeGetsAVerdict() throws IOException {
        for (Map.Entry<String, String> shape : HostileDescriptors.all().entrySet()) {
            Path shapeDir = Files.createDirectories(dir.resolve("shape" + shape.getKey().hashCode()));
            Path file = HostileDescriptors.write(shapeDir, shape.getValue());
            assertTrue(Files.size(file) <= 1024 * 1024, shape.getKey());
            try {
                InputLoader.load(List.of(file));
            } catch (InvalidInputException expected) {
                assertFalse(expected.problems().isEmpty(), shape.getKey());
            }
        }
    }
}
