package dev.connectonboard.provider.install;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The jar launcher's first-use step (the class-data-sharing archive), run as the shell script it is. */
class LauncherFirstUseTest {

    @Test
    void aFailedWarmUpIsReportedByPrepareAndNotRetriedOnEveryStart(@TempDir Path home) throws Exception {
        Path notAJar = Files.writeString(home.resolve("broken.jar"), "not a jar");
        Installation installation = new ProviderInstaller(ProviderInstaller.currentJava(), "0.1.0")
                .install(home.resolve("mirror"), new ProviderInstaller.CodeLocation(Optional.of(notAJar), List.of()));
        Path cache = home.resolve("cache");

        Result prepare = run(installation, cache, "--prepare");

        assertEquals(1, prepare.exit());
        assertTrue(prepare.stderr().contains("Error: Could not find or load main class"), prepare.stderr());
        Path warmUpLog = cache.resolve("connect-onboard/warm-up.log");
        try (Stream<Path> files = Files.list(cache.resolve("connect-onboard"))) {
            assertEquals(1, files.filter(file -> file.toString().endsWith("cds.jsa.failed")).count(),
                    "the failure is remembered");
        }
        FileTime loggedAt = FileTime.fromMillis(0);
        Files.setLastModifiedTime(warmUpLog, loggedAt);

        Result start = run(installation, cache);

        assertEquals(loggedAt, Files.getLastModifiedTime(warmUpLog), "a normal start does not warm up again");
        assertEquals("", start.stdout(), "nothing but a handshake may ever reach stdout");
    }

    private record Result(int exit, String stdout, String stderr) {
    }

    private static Result run(Installation installation, Path cache, String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(installation.launcher().toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        Process process = builder.start();
        process.getOutputStream().close();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return new Result(process.exitValue(), stdout, stderr);
    }
}
