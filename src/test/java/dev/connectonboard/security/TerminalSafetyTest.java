package dev.connectonboard.security;

import dev.connectonboard.cli.CliTestSupport;
import dev.connectonboard.cli.CliTestSupport.CliResult;
import dev.connectonboard.descriptor.Inputs;
import dev.connectonboard.errors.SafeText;
import dev.connectonboard.errors.SafeTextWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What reaches the terminal: no control sequence from any input, no credential from a URL, and usage mistakes
 * (a folder for --platform, a file for --out) named as such with exit 2.
 */
class TerminalSafetyTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private static void assertNoControlCharacters(CliResult result) {
        String all = result.out() + result.err();
        for (int i = 0; i < all.length(); i++) {
            char c = all.charAt(i);
            assertFalse(SafeText.isUnsafe(c), () -> "unsafe character U+" + Integer.toHexString(c) + " printed:\n"
                    + result);
        }
    }

    @Test
    void anEscapeSequenceInANameIsPrintedAsItsEscapeNeverSent() throws IOException {
        Path file = write("finance.yaml", Inputs.DEPARTMENT_HEADER
                .replace("name: finance", "name: \"fin\\e[2Jance\\u2028next\\u202eevil\""));

        CliResult result = CliTestSupport.run("validate", file);

        assertEquals(1, result.exitCode(), result.toString());
        assertNoControlCharacters(result);
        assertTrue(result.err().contains("fin\\u001b[2Jance\\u2028next\\u202eevil"), result.toString());
    }

    @Test
    void anEscapeSequenceInAFileNameIsEscapedToo() throws IOException {
        Path file = write("bad\u001b[31m\u2029.yaml", "apiVersion: connect-onboard/v1\nkind: Nope\n");

        CliResult result = CliTestSupport.run("validate", file);

        assertEquals(1, result.exitCode(), result.toString());
        assertNoControlCharacters(result);
        assertTrue(result.err().contains("bad\\u001b[31m\\u2029.yaml"), result.toString());
    }

    @Test
    void anUnknownOptionWithAControlCharacterIsEscapedInTheUsageError() {
        CliResult result = CliTestSupport.run("validate", "--x\u001b]0;pwned\u0007", "f.yaml");

        assertEquals(2, result.exitCode(), result.toString());
        assertNoControlCharacters(result);
        assertTrue(result.err().contains("\\u001b]0;pwned\\u0007"), result.toString());
    }

    @Test
    void theWriterKeepsSurrogatePairsSplitAcrossWritesAndEscapesLoneOnes() throws IOException {
        StringWriter sink = new StringWriter();
        try (SafeTextWriter writer = new SafeTextWriter(sink)) {
            String emoji = "\uD83D\uDE00";
            writer.write("a" + emoji.charAt(0));
            writer.write(emoji.charAt(1) + "b\tc\n");
            writer.write("lone \uDC00 and \r end");
        }
        assertEquals("a\uD83D\uDE00b\tc\nlone \\udc00 and \\r end", sink.toString());
    }

    @Test
    void aRestEndpointWithCredentialsIsNeverEchoed() throws IOException {
        String platform = Files.readString(Path.of("examples/platform.yaml")).replace(
                "restEndpoint: https://lkc-5k3p2d", "restEndpoint: https://admin:s3cr3t-pw@lkc-5k3p2d");
        Path file = write("platform.yaml", platform);

        CliResult result = CliTestSupport.run("validate", file);

        assertEquals(1, result.exitCode(), result.toString());
        assertFalse((result.out() + result.err()).contains("s3cr3t-pw"), result.toString());
        assertFalse((result.out() + result.err()).contains("admin"), result.toString());
        assertTrue(result.err().contains("'https://***@lkc-5k3p2d"), result.toString());
    }

    @Test
    void aFolderGivenAsThePlatformFileExitsTwoAndSaysWhichFileToPass() throws IOException {
        Path folder = dir.resolve("platforms");
        Files.createDirectories(folder);
        Files.copy(Path.of("examples/platform.yaml"), folder.resolve("prod.yaml"));
        Files.writeString(folder.resolve("broken.yaml"), "apiVersion: [");

        for (String command : new String[] {"validate", "generate"}) {
            CliResult result = CliTestSupport.run(command, "--platform", folder, "examples/departments");

            assertEquals(2, result.exitCode(), result.toString());
            assertEquals("error: " + folder + " is a folder; the Platform input is one file, such as "
                    + folder.resolve("prod.yaml"), result.err().strip(), result.toString());
        }
        CliResult quota = CliTestSupport.run("quota", "check", "--offline", "--platform", "examples/platform.yaml",
                "--quotas", folder, "examples/departments");
        assertEquals(2, quota.exitCode(), quota.toString());
        assertTrue(quota.err().contains(folder + " is a folder; the QuotaPolicy input is one file"), quota.toString());
    }

    @Test
    void anOutputPathThatIsAFileExitsTwoAndSaysSo() throws IOException {
        Path file = write("generated", "not a folder\n");

        CliResult result = CliTestSupport.run("generate", "--platform", "examples/platform.yaml", "--out", file,
                "examples/departments");

        assertEquals(2, result.exitCode(), result.toString());
        assertEquals("error: the output folder " + file + " is a file; pass a folder for the departments' root "
                + "modules (it is created when missing)", result.err().strip());
        assertEquals("not a folder\n", Files.readString(file));
    }

    @Test
    void anInvalidImageIsNotBlamedOnItsSlash() throws IOException {
        String platform = Files.readString(Path.of("examples/platform.yaml"));
        String image = "image: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/ebs/connect-worker:7.9.1-1";
        assertTrue(platform.contains(image));
        Path upper = write("upper/platform.yaml", platform.replace(image,
                "image: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/EBS/connect-worker:7.9.1-1"));
        Path ported = write("ported/platform.yaml", platform.replace(image,
                "image: registry.example.org:5000/ebs/connect-worker:7.9.1-1"));
        for (Path file : List.of(upper, ported)) {
            Files.copy(Path.of("examples/quotas.yaml"), file.resolveSibling("quotas.yaml"));
        }

        CliResult refused = CliTestSupport.run("validate", upper);
        CliResult accepted = CliTestSupport.run("validate", ported);

        assertEquals(1, refused.exitCode(), refused.toString());
        assertFalse(refused.err().contains("path separator"), refused.toString());
        assertTrue(refused.err().contains("(image repositories are lower-case; only the tag may have capitals)"),
                refused.toString());
        assertEquals(0, accepted.exitCode(), accepted.toString());
    }
}
