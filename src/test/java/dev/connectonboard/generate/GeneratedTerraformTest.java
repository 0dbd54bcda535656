package dev.connectonboard.generate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connectonboard.testsupport.ConfluentSchemaChecker;
import dev.connectonboard.testsupport.ModuleWiringChecker;
import dev.connectonboard.testsupport.TerraformCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generated Terraform, checked by Terraform itself where it can run here, and by the provider schema and the
 * modules' declared interfaces where it cannot (the Confluent provider cannot be downloaded on this machine).
 */
class GeneratedTerraformTest {
    private static final Path GENERATED = Workspace.PROJECT.resolve("generated");
    private static final Path MODULES = Workspace.PROJECT.resolve("modules");
    private static final String REFRESH = "./connect-onboard generate --platform examples/platform.yaml "
            + "examples/departments";

    @Test
    void generatedFolderHoldsExactlyTheOutputOfTheShippedExamples() {
        GenerateRun.Outcome outcome = GenerateRun.run(new GenerateRun.Options(
                Workspace.PROJECT.resolve("examples/platform.yaml"),
                List.of(Workspace.PROJECT.resolve("examples/departments")), GENERATED, MODULES, true,
                Workspace.PROJECT));
        assertTrue(outcome.plan().upToDate(), "generated/ is stale; refresh it with: " + REFRESH + "\n"
                + outcome.plan().diff());
        assertEquals(REFRESH, outcome.regenerateCommand());
    }

    @Test
    void everyGeneratedFileIsTerraformFmtClean() {
        TerraformCli terraform = TerraformCli.assumeAvailable();
        TerraformCli.Result result = terraform.fmtCheck(GENERATED);
        assertTrue(result.ok(), "terraform fmt -check found differences:\n" + result.output());
    }

    @Test
    void everyConfluentAttributeEmittedExistsInTheProviderSchema() throws Exception {
        ConfluentSchemaChecker checker = ConfluentSchemaChecker.fromClasspath();
        List<String> problems = new java.util.ArrayList<>(checker.check(GENERATED));
        problems.addAll(checker.check(MODULES));
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @ValueSource(strings = {"finance", "hr", "research"})
    void generatedRootPassesEveryArgumentTheDepartmentModuleDeclares(String department) throws Exception {
        assertEquals(List.of(), new ModuleWiringChecker().check(GENERATED.resolve(department)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"finance", "hr", "research"})
    void terraformAcceptsEveryGeneratedValueAgainstTheModulesTypesAndValidations(String department,
                                                                                  @TempDir Path work)
            throws Exception {
        TerraformCli terraform = TerraformCli.assumeAvailable();
        JsonNode outputs = planAgainstModuleInterface(terraform, work, GENERATED.resolve(department));
        assertEquals(department, outputs.path("department").path("value").path("name").asText());
        JsonNode connectors = outputs.path("connectors").path("value");
        assertEquals(connectorCount(department), connectors.size());
    }

    @Test
    void escapedConfigValuesReachTerraformAsTheExactCharactersWritten(@TempDir Path dir) throws Exception {
        TerraformCli terraform = TerraformCli.assumeAvailable();
        Workspace workspace = new Workspace(dir.resolve("ws"));
        String tricky = "a \"quoted\" ${topic} %{if x}y%{endif} $${keep} C:\\path\nline2\ttab";
        String yamlTricky = tricky.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
                .replace("\t", "\\t");
        workspace.edit("finance", "input.data.format: JSON", "input.data.format: \"" + yamlTricky + "\"");
        Files.writeString(workspace.modules.resolve("department/variables.tf"),
                Files.readString(MODULES.resolve("department/variables.tf")));
        workspace.generate(false);

        JsonNode outputs = planAgainstModuleInterface(terraform, dir.resolve("tf"), workspace.out.resolve("finance"));

        JsonNode snowflake = outputs.path("connectors").path("value").get(2);
        assertEquals(tricky, snowflake.path("config").path("input.data.format").asText());
        assertEquals("fin.reporting.daily:DAILY_${topic}",
                snowflake.path("config").path("snowflake.topic2table.map").asText());
    }

    private static int connectorCount(String department) {
        return switch (department) {
            case "finance" -> 3;
            case "hr" -> 1;
            default -> 2;
        };
    }

    /**
     * Plans the generated root's main.tf against a module holding only the department module's real variables.tf
     * (types, defaults and validation blocks) and outputs echoing them back: Terraform evaluates every generated
     * value without needing the Confluent provider.
     */
    private static JsonNode planAgainstModuleInterface(TerraformCli terraform, Path work, Path generatedRoot)
            throws Exception {
        Path stub = Files.createDirectories(work.resolve("modules/department"));
        Files.copy(MODULES.resolve("department/variables.tf"), stub.resolve("variables.tf"));
        Files.writeString(stub.resolve("outputs.tf"), """
                output "department" { value = var.department }
                output "connectors" { value = var.connectors }
                output "topics" { value = var.topics }
                """);
        Path root = Files.createDirectories(work.resolve("generated").resolve(generatedRoot.getFileName()));
        Files.writeString(root.resolve("main.tf"), withoutProviderSpecificBlocks(
                Files.readString(generatedRoot.resolve("main.tf"))));
        Files.copy(generatedRoot.resolve("variables.tf"), root.resolve("variables.tf"));
        Files.writeString(root.resolve("echo.tf"), """
                output "department" { value = module.department.department }
                output "connectors" { value = module.department.connectors }
                output "topics" { value = module.department.topics }
                """);
        terraform.init(root).requireSuccess();
        terraform.validate(root).requireSuccess();
        return terraform.planJson(root).path("planned_values").path("outputs");
    }

    /**
     * The quota data source and the self-managed connectors need the connect-onboard provider; their own tests run
     * it for real (QuotaGateTerraformTest, ConnectorResourceTerraformTest).
     */
    private static String withoutProviderSpecificBlocks(String mainTf) {
        int data = -1;
        for (String block : new String[] {"locals {\n  self_managed_connectors", "data \"connectonboard_quota\""}) {
            int at = mainTf.indexOf(block);
            if (at >= 0 && (data < 0 || at < data)) {
                data = at;
            }
        }
        if (data < 0) {
            return mainTf;
        }
        int commentStart = mainTf.lastIndexOf("\n#", data);
        return mainTf.substring(0, commentStart + 1);
    }
}
