package dev.connectonboard.descriptor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static dev.connectonboard.descriptor.Inputs.at;
import static dev.connectonboard.descriptor.Inputs.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Reading files: where each value stands, and what is refused before any schema is consulted. */
class LocatingTreeReaderTest {
    private static final String HEADER = "apiVersion: connect-onboard/v1\nkind: DepartmentOnboarding\n";

    @TempDir
    Path dir;

    private final LocatingTreeReader reader = new LocatingTreeReader();

    private List<String> refusal(Path file) {
        LocatingTreeReader.Result result = reader.read(file);
        assertNull(result.parsed(), "the file should have been refused");
        return result.problems().stream().map(Problem::toString).toList();
    }

    private ParsedFile parsed(Path file) {
        LocatingTreeReader.Result result = reader.read(file);
        assertNotNull(result.parsed(), () -> "refused: " + result.problems());
        return result.parsed();
    }

    @Test
    void locatesKeysAndItemsInBlockAndFlowStyle() {
        ParsedFile parsed = parsed(write(dir, "d.yaml", HEADER + """
                topics:
                  - name: fin.a
                    partitions: 3
                  - { name: fin.b, partitions: 6 }
                connectors: [ fin-x, "fin-y" ]
                """));
        SourceMap map = parsed.locations();
        assertEquals(new Location(3, 1), map.locate("/topics"));
        assertEquals(new Location(4, 5), map.locate("/topics/0"));
        assertEquals(new Location(5, 5), map.locate("/topics/0/partitions"));
        assertEquals(new Location(6, 20), map.locate("/topics/1/partitions"));
        assertEquals(new Location(7, 15), map.locate("/connectors/0"));
        assertEquals(new Location(7, 22), map.locate("/connectors/1"));
        assertEquals(new Location(6, 20), map.locate("/topics/1/partitions/nothing/below"), "nearest ancestor");
    }

    @Test
    void locatesKeysInJson() {
        ParsedFile parsed = parsed(write(dir, "d.json", """
                {
                  "apiVersion": "connect-onboard/v1",
                  "topics": [ { "name": "fin.a" } ]
                }
                """));
        assertEquals(new Location(3, 3), parsed.locations().locate("/topics"));
        assertEquals(new Location(3, 17), parsed.locations().locate("/topics/0/name"));
    }

    @Test
    void refusesAFiftyMegabyteFileWithoutReadingIt() throws IOException {
        Path file = dir.resolve("huge.yaml");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(50L * 1024 * 1024);
        }
        assertEquals(List.of(at(file, 1, 1, "", "the file is 50.0 MiB; input files are limited to 1 MiB. Is this "
                + "the right file?")), refusal(file));
    }

    @Test
    void readsUpToOneMebibyteAndRefusesOneByteMore() throws IOException {
        Path limit = streamedYaml("limit.yaml", LocatingTreeReader.MAX_BYTES);
        Path over = streamedYaml("over.yaml", LocatingTreeReader.MAX_BYTES + 1);
        assertEquals("end", parsed(limit).tree().path("padding").asText());
        assertEquals(List.of(at(over, 1, 1, "", "the file is 1.0 MiB; input files are limited to 1 MiB. Is this "
                + "the right file?")), refusal(over));
    }

    /** A valid YAML mapping of exactly {@code size} bytes (comment lines, then one key), streamed to disk. */
    private Path streamedYaml(String name, long size) throws IOException {
        Path file = dir.resolve(name);
        byte[] tail = "padding: end\n".getBytes(StandardCharsets.US_ASCII);
        byte[] line = ("#" + "x".repeat(1022) + "\n").getBytes(StandardCharsets.US_ASCII);
        long body = size - tail.length;
        try (OutputStream out = Files.newOutputStream(file)) {
            int first = (int) (body % line.length);
            if (first > 0) {
                byte[] shortLine = Arrays.copyOf(line, first);
                shortLine[first - 1] = '\n';
                out.write(shortLine);
            }
            for (long i = 0; i < body / line.length; i++) {
                out.write(line);
            }
            out.write(tail);
        }
        assertEquals(size, Files.size(file));
        return file;
    }

    @Test
    void refusesTheBillionLaughsAliasBombAtItsFirstAlias() {
        Path file = write(dir, "bomb.yaml", HEADER + """
                a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
                g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
                h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
                i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
                """);
        assertEquals(List.of(at(file, 4, 8, "", "YAML aliases (*a) are not accepted in inputs; write the value out "
                + "in full")), refusal(file));
    }

    @Test
    void refusesEvenAScalarAlias() {
        Path file = write(dir, "alias.yaml", HEADER + "owner: &o team@example.org\nbackup: *o\n");
        assertEquals(List.of(at(file, 4, 9, "", "YAML aliases (*o) are not accepted in inputs; write the value out "
                + "in full")), refusal(file));
    }

    @Test
    void explainsMalformedYamlWithWhereTheConstructStarted() {
        Path file = write(dir, "bad.yaml", HEADER + "department:\n  owners: [a@example.org\n");
        assertEquals(List.of(at(file, 5, 1, "", "not valid YAML: expected ',' or ']', but got the end of the file "
                + "(while parsing a flow sequence that starts at line 4, column 11)")), refusal(file));
    }

    @Test
    void explainsMalformedYamlIndentation() {
        Path file = write(dir, "bad.yaml", HEADER + "department:\n  name: finance\n prefix: fin\n");
        assertEquals(List.of(at(file, 5, 2, "", "not valid YAML: expected the end of the block, but found a key "
                + "indented differently (while parsing a block mapping that starts at line 1, column 1); check the "
                + "indentation")), refusal(file));
    }

    @Test
    void explainsMalformedJson() {
        Path file = write(dir, "bad.json", "{\"apiVersion\": \"connect-onboard/v1\",}\n");
        assertEquals(List.of(at(file, 1, 37, "", "not valid JSON: Unexpected character ('}' (code 125)): was "
                + "expecting double-quote to start field name")), refusal(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n", "# only a comment\n", "---\n", "~\n", "null\n"})
    void refusesAnEmptyFile(String content) {
        Path file = write(dir, "empty.yaml", content);
        assertEquals(List.of(at(file, 1, 1, "", "the file is empty; expected a document starting with 'apiVersion: "
                + "connect-onboard/v1' and 'kind: Platform | QuotaPolicy | DepartmentOnboarding'")), refusal(file));
    }

    @Test
    void refusesSeveralDocumentsInOneFile() {
        Path file = write(dir, "two.yaml", HEADER + "---\n" + HEADER);
        assertEquals(List.of(at(file, 4, 1, "", "the file holds more than one document; put each descriptor in a "
                + "file of its own")), refusal(file));
    }

    @Test
    void refusesADuplicateKeyNamingBothLines() {
        Path file = write(dir, "dup.yaml", HEADER + "department:\n  name: a\n  name: b\n");
        assertEquals(List.of(at(file, 5, 3, "", "'name' is given twice in the same mapping (first on line 4); keep "
                + "one")), refusal(file));
    }

    @Test
    void refusesADuplicateKeyInJson() {
        Path file = write(dir, "dup.json", "{\"kind\": \"Platform\",\n \"kind\": \"Platform\"}\n");
        assertEquals(List.of(at(file, 2, 2, "", "'kind' is given twice in the same mapping (first on line 1); keep "
                + "one")), refusal(file));
    }

    @Test
    void refusesTextThatIsNotUtf8() throws IOException {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, (HEADER + "department: { name: caf\u00e9 }\n").getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(List.of(at(file, 3, 24, "", "not UTF-8 text: the bytes E9 are not a character (an overlong "
                + "form, an encoded surrogate or a stray byte); save the file as UTF-8")), refusal(file));
    }

    @Test
    void refusesDeepNestingInYamlAndJson() {
        Path yaml = write(dir, "deep.yaml", HEADER + "department: " + "[".repeat(5000) + "\n");
        Path json = write(dir, "deep.json", "[".repeat(5000));
        String message = "values are nested more than 40 levels deep; no connect-onboard file needs that";
        assertEquals(message, refusal(yaml).get(0).substring(yaml.toString().length() + 6));
        assertEquals(message, refusal(json).get(0).substring(json.toString().length() + 6));
    }

    @Test
    void refusesAListUsedAsAKey() {
        Path file = write(dir, "key.yaml", HEADER + "? [a, b]\n: c\n");
        assertEquals(List.of(at(file, 3, 4, "", "not valid here: keys must be plain names, not lists or "
                + "mappings")), refusal(file));
    }

    @Test
    void keepsHowNumbersAndBooleansWereWritten() {
        ParsedFile parsed = parsed(write(dir, "d.yaml", HEADER + "config: { port: 05432, hex: 0x1F, on: yes, "
                + "exp: 1e3, inf: .inf, text: '05432' }\n"));
        assertEquals(2842, parsed.tree().at("/config/port").asInt(), "YAML 1.1 reads a leading zero as octal");
        assertEquals("05432", parsed.scalarTexts().get("/config/port"));
        assertEquals("0x1F", parsed.scalarTexts().get("/config/hex"));
        assertEquals("yes", parsed.scalarTexts().get("/config/on"));
        assertEquals("1e3", parsed.scalarTexts().get("/config/exp"));
        assertEquals(".inf", parsed.tree().at("/config/inf").asText(), "no decimal form, kept as text");
        assertNull(parsed.scalarTexts().get("/config/text"), "quoted strings need no record");
    }

    @Test
    void truncatedJsonIsSaidInPlainWordsWithoutParserInternals() {
        Path object = write(dir, "cut.json", "{\"apiVersion\": \"connect-onboard/v1\", \"department\": {\"name\": \"x\"");
        assertEquals(List.of(at(object, 1, 64, "", "not valid JSON: the document ends before the object opened at "
                + "line 1, column 52 is closed (no '}'): is it cut short?")), refusal(object));
        Path array = write(dir, "cut2.json", "{\"owners\": [\"a\"");
        assertEquals(List.of(at(array, 1, 16, "", "not valid JSON: the document ends before the array opened at "
                + "line 1, column 12 is closed (no ']'): is it cut short?")), refusal(array));
        for (Path file : List.of(object, array)) {
            String message = refusal(file).get(0);
            assertFalse(message.contains("Source") || message.contains("StreamReadFeature")
                    || message.contains("marker"), message);
        }
    }

    @Test
    void aKeyIndentedDeeperThanTheOneAboveIsAnsweredAsIndentationNotQuoting() {
        Path file = write(dir, "indent.yaml", HEADER + "department:\n  name: hr\n   prefix: hr\n");
        assertEquals(List.of(at(file, 5, 10, "", "not valid YAML: mapping values are not allowed here; line 5 is "
                + "indented 3 spaces, deeper than 'name' on line 4, which already has a value: indent it like 'name' "
                + "(2 spaces) to make it a key of its own")), refusal(file));
    }

    @Test
    void aValueHoldingColonSpaceIsAnsweredWithQuoting() {
        Path file = write(dir, "colon.yaml", HEADER + "department:\n  name: hr\n  description: a: b\n");
        assertEquals(List.of(at(file, 5, 17, "", "not valid YAML: mapping values are not allowed here; quote a value "
                + "that contains ': '")), refusal(file));
    }
}
