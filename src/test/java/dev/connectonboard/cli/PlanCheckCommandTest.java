package dev.connectonboard.cli;

import dev.connectonboard.cli.CliTestSupport.CliResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** plan check as a user calls it: exit codes, --output, wrong usage. */
class PlanCheckCommandTest {
    private static final String PLAN = """
            {"format_version":"1.2","terraform_version":"1.11.4",
             "planned_values":{"outputs":{"connect_onboard":{"sensitive":false,
               "value":{"department":"shop","platform":"ebs-test"}}}},
             "resource_changes":[%s]}
            """;
    private static final String DELETE_TOPIC = """
            {"address":"module.department.module.topics.confluent_kafka_topic.department[\\"shop.returns\\"]",
             "module_address":"module.department.module.topics","mode":"managed","type":"confluent_kafka_topic",
             "name":"department","index":"shop.returns","change":{"actions":["delete"],
             "before":{"topic_name":"shop.returns","partitions_count":3},"after":null,
             "before_sensitive":{},"after_sensitive":false}}
            """;

    @TempDir
    Path dir;

    private Path copy(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/plangate/" + name)) {
            Path file = dir.resolve(name);
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    private Path plan(String changes) throws IOException {
        return Files.writeString(dir.resolve("plan-" + System.nanoTime() + ".json"), PLAN.formatted(changes),
                StandardCharsets.UTF_8);
    }

    @Test
    void exitsOneOnAnUnacknowledgedDeleteAndZeroOnANoChangePlan() throws IOException {
        Path platform = copy("platform.yaml");
        Path shop = copy("shop.yaml");
        CliResult failed = CliTestSupport.run("plan", "check", "--platform", platform, "--plan", plan(DELETE_TOPIC),
                shop);
        assertEquals(1, failed.exitCode(), failed::toString);
        assertTrue(failed.out().contains("topic shop.returns is deleted: destroys data"), failed::toString);
        CliResult passed = CliTestSupport.run("plan", "check", "--platform", platform, "--plan", plan(""), shop);
        assertEquals(0, passed.exitCode(), passed::toString);
        assertTrue(passed.out().startsWith("plan check passed: 1 department"), passed::toString);
    }

    @Test
    void writesTheReportToAFileAndPrintsOneLine() throws IOException {
        Path platform = copy("platform.yaml");
        Path shop = copy("shop.yaml");
        Path report = Files.createDirectories(dir.resolve("out")).resolve("plan.sarif");
        CliResult result = CliTestSupport.run("plan", "check", "--platform", platform, "--plan", plan(DELETE_TOPIC),
                "--format", "sarif", "--output", report, shop);
        assertEquals(1, result.exitCode(), result::toString);
        assertEquals("plan check FAILED: 1 unacknowledged change destroys data or resets a connector in 1 of 1 "
                + "department, platform ebs-test; sarif report written to " + report + "\n", result.out());
        assertTrue(Files.readString(report).contains("\"version\" : \"2.1.0\""));
    }

    @Test
    void aMalformedPlanExitsThreeAndWritesNoReport() throws IOException {
        Path platform = copy("platform.yaml");
        Path shop = copy("shop.yaml");
        Path report = dir.resolve("plan.md");
        CliResult result = CliTestSupport.run("plan", "check", "--platform", platform, "--plan",
                Files.writeString(dir.resolve("cut.json"), "{\"format_version\":\"1.2\",\"resource_"), "--format",
                "markdown", "--output", report, shop);
        assertEquals(3, result.exitCode(), result::toString);
        assertTrue(result.err().contains("not valid JSON (truncated or not a JSON plan)"), result::toString);
        assertFalse(Files.exists(report));
    }

    @Test
    void aPlanOfAnUnknownRootExitsThree() throws IOException {
        Path platform = copy("platform.yaml");
        Path shop = copy("shop.yaml");
        CliResult result = CliTestSupport.run("plan", "check", "--platform", platform, "--plan",
                Files.writeString(dir.resolve("other.json"), "{\"format_version\":\"1.2\",\"resource_changes\":[]}"),
                shop);
        assertEquals(3, result.exitCode(), result::toString);
        assertTrue(result.err().contains("has no root output 'connect_onboard'"), result::toString);
    }

    @Test
    void wrongUsageExitsTwo() throws IOException {
        Path platform = copy("platform.yaml");
        Path shop = copy("shop.yaml");
        assertEquals(2, CliTestSupport.run("plan", "check", "--platform", platform, shop).exitCode(), "no --plan");
        assertEquals(2, CliTestSupport.run("plan", "check", "--plan", plan(""), shop).exitCode(), "no --platform");
        assertEquals(2, CliTestSupport.run("plan", "check", "--platform", platform, "--plan", dir.resolve("none"),
                shop).exitCode(), "a missing plan file");
        assertEquals(2, CliTestSupport.run("plan", "check", "--platform", shop, "--plan", plan(""), shop)
                .exitCode(), "a department file as the platform");
        assertEquals(2, CliTestSupport.run("plan", "check", "--platform", platform, "--plan", plan(""), "--format",
                "pdf", shop).exitCode());
    }
}
