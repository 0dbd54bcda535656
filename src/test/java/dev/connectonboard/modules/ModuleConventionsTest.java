package dev.connectonboard.modules;

import dev.connectonboard.testsupport.HclDocument;
import dev.connectonboard.testsupport.HclNode;
import dev.connectonboard.testsupport.ModuleWiringChecker.ModuleInterface;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Standard module structure, variable discipline and READMEs that document the whole interface. */
class ModuleConventionsTest {

    private static final List<String> STANDARD_FILES = List.of("main.tf", "variables.tf", "outputs.tf", "versions.tf", "README.md");

    @Test
    void everyModuleHasTheStandardFiles() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Path module : modules()) {
            for (String file : STANDARD_FILES) {
                if (!Files.isRegularFile(module.resolve(file))) {
                    missing.add(module.getFileName() + "/" + file);
                }
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(modules().size() >= 11, "all component modules are present: " + modules());
    }

    @Test
    void everyVariableHasADescriptionAndAType() throws Exception {
        List<String> problems = new ArrayList<>();
        int variables = 0;
        for (Path file : HclDocument.tfFiles(Harness.MODULES)) {
            for (HclNode variable : HclDocument.parse(file).blocks("variable")) {
                variables++;
                String where = Harness.MODULES.relativize(file) + ":" + variable.line() + " variable \"" + variable.label(0) + "\"";
                if (variable.literalString("description").filter(d -> !d.isBlank()).isEmpty()) {
                    problems.add(where + " has no description");
                }
                if (variable.attribute("type").isEmpty()) {
                    problems.add(where + " has no type");
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(variables > 80, "variables were found and checked: " + variables);
    }

    @Test
    void everyOutputHasADescription() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path file : HclDocument.tfFiles(Harness.MODULES)) {
            for (HclNode output : HclDocument.parse(file).blocks("output")) {
                if (output.literalString("description").filter(d -> !d.isBlank()).isEmpty()) {
                    problems.add(Harness.MODULES.relativize(file) + ":" + output.line() + " output \"" + output.label(0) + "\"");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyReadmeDocumentsEachInputAndOutputAndShowsUsage() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path module : modules()) {
            String readme = Files.readString(module.resolve("README.md"));
            String name = module.getFileName().toString();
            ModuleInterface api = ModuleInterface.read(module);
            api.variables().keySet().stream().sorted()
                    .filter(v -> !readme.contains("| `" + v + "`"))
                    .forEach(v -> problems.add(name + "/README.md: input `" + v + "` is not in the inputs table"));
            api.outputs().stream().sorted()
                    .filter(o -> !readme.contains("| `" + o + "`"))
                    .forEach(o -> problems.add(name + "/README.md: output `" + o + "` is not in the outputs table"));
            if (!readme.contains("```hcl") || !readme.contains("source = \"")) {
                problems.add(name + "/README.md: no usage example (```hcl block with a module source)");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void modulesConfigureNoProviders() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path file : HclDocument.tfFiles(Harness.MODULES)) {
            if (!HclDocument.parse(file).blocks("provider").isEmpty()) {
                problems.add(Harness.MODULES.relativize(file).toString());
            }
        }
        assertEquals(List.of(), problems, "the root module configures providers");
    }

    private static List<Path> modules() throws Exception {
        try (Stream<Path> list = Files.list(Harness.MODULES)) {
            return list.filter(Files::isDirectory).sorted().toList();
        }
    }
}
