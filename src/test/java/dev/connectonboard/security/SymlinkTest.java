package dev.connectonboard.security;

import dev.connectonboard.cli.CliTestSupport;
import dev.connectonboard.cli.CliTestSupport.CliResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** generate never reads or writes through a symbolic link inside its output folder, and says why. */
class SymlinkTest {
    @TempDir
    Path dir;

    private CliResult generate(Path out, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("generate", "--platform", "examples/platform.yaml",
                "--out", out.toString()));
        args.addAll(List.of(extra));
        args.add("examples/departments");
        return CliTestSupport.run(args.toArray());
    }

    private static List<Path> filesUnder(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void aSymlinkedDepartmentFolderIsRefusedAndItsTargetUntouched() throws IOException {
        Path out = dir.resolve("generated");
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("keep.txt"), "mine\n");
        Files.createDirectories(out);
        Files.createSymbolicLink(out.resolve("finance"), elsewhere);

        CliResult result = generate(out);

        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.err().contains(out.resolve("finance") + " is a symbolic link (to " + elsewhere
                + "); generate never reads or writes through a link"), result.toString());
        assertEquals(List.of(elsewhere.resolve("keep.txt")), filesUnder(elsewhere));
        assertFalse(Files.exists(out.resolve("hr")), "a refused run writes nothing at all");
    }

    @Test
    void aSymlinkedFileIsNeitherReadIntoTheDiffNorWrittenThrough() throws IOException {
        Path out = dir.resolve("generated");
        assertEquals(0, generate(out).exitCode());
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT\n");
        Path main = out.resolve("hr/main.tf");
        Files.delete(main);
        Files.createSymbolicLink(main, secret);

        CliResult check = generate(out, "--check");
        CliResult write = generate(out);

        for (CliResult result : List.of(check, write)) {
            assertEquals(2, result.exitCode(), result.toString());
            assertFalse((result.out() + result.err()).contains("TOP-SECRET-CONTENT"), result.toString());
            assertTrue(result.err().contains(main + " is a symbolic link"), result.toString());
        }
        assertEquals("TOP-SECRET-CONTENT\n", Files.readString(secret));
    }

    @Test
    void aSymlinkedOutputFolderIsRefused() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real"));
        Path out = Files.createSymbolicLink(dir.resolve("generated"), real);

        CliResult result = generate(out);

        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.err().contains(out + " is a symbolic link"), result.toString());
        assertEquals(List.of(), filesUnder(real));
    }
}
