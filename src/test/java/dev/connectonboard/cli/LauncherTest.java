package dev.connectonboard.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The launcher's first build prints nothing but its own line on stderr: no stray ANSI codes from Maven (which 3.8
 * emits even with -q -B), and when the build fails, Maven's messages without escape sequences. Runs the real
 * launcher script with the real Maven (offline) on a one-class project laid out like this one, so the test costs
 * seconds instead of a full build.
 */
class LauncherTest {
    private static final String POM = """
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <modelVersion>4.0.0</modelVersion>
              <groupId>dev.connectonboard.test</groupId>
              <artifactId>launcher-probe</artifactId>
              <version>1</version>
              <properties>
                <maven.compiler.release>17</maven.compiler.release>
                <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
              </properties>
              <build>
                <finalName>connect-onboard</finalName>
                <plugins>
                  <plugin>
                    <groupId>org.apache.maven.plugins</groupId>
                    <artifactId>maven-compiler-plugin</artifactId>
                    <version>3.13.0</version>
                  </plugin>
                  <plugin>
                    <groupId>org.apache.maven.plugins</groupId>
                    <artifactId>maven-jar-plugin</artifactId>
                    <configuration>
                      <archive><manifest><mainClass>probe.Main</mainClass></manifest></archive>
                    </configuration>
                  </plugin>
                </plugins>
              </build>
            </project>
            """;

    @TempDir
    Path repo;

    private record Run(int exitCode, String out, String err) {
    }

    private Run launch(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("bash", repo.resolve("connect-onboard").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(repo.toFile());
        builder.environment().put("MAVEN_OPTS", "-Dmaven.repo.local=" + System.getProperty("user.home")
                + "/.m2/repository");
        builder.environment().put("MAVEN_ARGS", "-o");
        Path out = repo.resolve("out.txt");
        Path err = repo.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "the launcher finished");
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private void project(String mainBody) throws IOException {
        Files.copy(Path.of("connect-onboard"), repo.resolve("connect-onboard"));
        Files.writeString(repo.resolve("pom.xml"), POM);
        Path source = Files.createDirectories(repo.resolve("src/main/java/probe")).resolve("Main.java");
        Files.writeString(source, "package probe;\npublic class Main {\n    public static void main(String[] args) {\n"
                + mainBody + "\n    }\n}\n");
        Files.createDirectories(repo.resolve("templates"));
        Files.createDirectories(repo.resolve("schemas"));
    }

    @Test
    void theFirstBuildPrintsNoEscapeSequences() throws Exception {
        project("        System.out.println(\"probe \" + String.join(\",\", args));");
        Run run = launch("a", "b");
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("probe a,b\n", run.out());
        assertFalse(run.err().contains("\u001b"), "no ANSI escape on stderr: " + run.err().replace("\u001b", "ESC"));
        assertTrue(run.err().startsWith("connect-onboard: building "), run.err());
    }

    @Test
    void aFailedBuildShowsMavensMessagesWithoutEscapeSequences() throws Exception {
        project("        this does not compile;");
        Run run = launch();
        assertEquals(1, run.exitCode(), run::toString);
        assertFalse(run.err().contains("\u001b"), run.err().replace("\u001b", "ESC"));
        assertTrue(run.err().contains("COMPILATION ERROR") || run.err().contains("Main.java"), run.err());
        assertTrue(run.err().endsWith("connect-onboard: the build failed (Maven's messages above); fix it and run "
                + "again\n"), run.err());
        assertEquals("", run.out());
    }
}
