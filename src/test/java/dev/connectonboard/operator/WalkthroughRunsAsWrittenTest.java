package dev.connectonboard.operator;

import dev.connectonboard.testsupport.TerraformCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * examples/README.md runs top to bottom as written: every line of its {@code sh} blocks, in order, in a copy of the
 * repository, as separate processes with a clean environment (no Confluent credentials, a HOME of its own), except
 * the lines marked {@code # needs network: ...}. {@code ./connect-onboard} runs this build's CLI (the classes under
 * test, not a jar the launcher would build); {@code terraform} runs the real Terraform when it is installed.
 */
class WalkthroughRunsAsWrittenTest {
    private static final Pattern SH_BLOCK = Pattern.compile("```sh\n(.*?)```", Pattern.DOTALL);
    private static final String NETWORK_MARK = "# needs network:";

    @TempDir
    Path repo;

    @Test
    void everyLineWithoutANetworkMarkRunsAndSucceeds() throws Exception {
        for (String folder : List.of("examples", "modules", "generated")) {
            copyTree(Path.of(folder), repo.resolve(folder));
        }
        Path home = Files.createDirectories(repo.resolve(".home"));
        List<String> lines = shLines(Files.readString(Path.of("examples/README.md")));
        int ran = 0;
        int marked = 0;
        for (String line : lines) {
            if (line.contains(NETWORK_MARK)) {
                marked++;
                continue;
            }
            String command = line.replaceAll("\\s+#.*$", "").strip();
            List<List<String>> words = ShellWords.commands(command);
            assertEquals(1, words.size(), "one simple command per line: " + line);
            List<String> argv = words.get(0);
            String program = argv.get(0);
            if (program.equals("./connect-onboard")) {
                run(line, connectOnboard(argv.subList(1, argv.size())), home);
            } else if (program.equals("terraform")) {
                Path terraform = TerraformCli.find().map(TerraformCli::executable).orElse(null);
                if (terraform == null) {
                    System.out.println("WalkthroughRunsAsWrittenTest: terraform is not on the PATH; not run: " + line);
                    continue;
                }
                List<String> terraformArgv = new ArrayList<>(argv);
                terraformArgv.set(0, terraform.toString());
                run(line, terraformArgv, home);
            } else {
                fail("the walkthrough runs a program this test does not know; mark it '" + NETWORK_MARK + " ...' or "
                        + "teach the test: " + line);
            }
            ran++;
        }
        assertTrue(ran >= 8, "ran " + ran + " lines");
        assertTrue(marked >= 5, "marked " + marked + " lines as needing a network");
        assertTrue(Files.isRegularFile(repo.resolve("examples/departments/payments.yaml")), "init wrote it");
        assertTrue(Files.isDirectory(repo.resolve("generated/payments")), "generate wrote it");
        try (Stream<Path> installed = Files.walk(home.resolve(".terraform.d/plugins"))) {
            assertTrue(installed.anyMatch(p -> p.getFileName().toString().startsWith("terraform-provider-")),
                    "provider install put the provider under HOME");
        }
    }

    private void run(String line, List<String> argv, Path home) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(argv).directory(repo.toFile()).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("CONFLUENT_") || name.startsWith("KAFKA_API")
                || name.startsWith("AWS_") || name.startsWith("TF_"));
        environment.put("HOME", home.toString());
        environment.put("TF_IN_AUTOMATION", "1");
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(Duration.ofMinutes(3).toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("timed out: " + line);
        }
        assertEquals(0, process.exitValue(), () -> "examples/README.md: `" + line + "` failed:\n"
                + new String(output, StandardCharsets.UTF_8));
    }

    /** The CLI under test in a JVM of its own, from the test class path (the launcher would build a jar). */
    private static List<String> connectOnboard(List<String> args) {
        List<String> argv = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                "dev.connectonboard.cli.Main"));
        argv.addAll(args);
        return argv;
    }

    /** Every line of every sh block, continuation lines joined. */
    static List<String> shLines(String markdown) {
        List<String> lines = new ArrayList<>();
        Matcher block = SH_BLOCK.matcher(markdown);
        while (block.find()) {
            for (String line : block.group(1).replace("\\\n", " ").split("\n")) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
        }
        return lines;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                if (path.toString().contains(".terraform")) {
                    continue;
                }
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
