package dev.connectonboard.modules;

import dev.connectonboard.testsupport.ModuleWiringChecker;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Module calls match the called modules' variables and outputs (terraform validate cannot check modules that need the Confluent provider here). */
class ModuleWiringTest {

    private final ModuleWiringChecker checker = new ModuleWiringChecker();

    @Test
    void everyModuleCallPassesDeclaredVariablesAndReadsDeclaredOutputs() throws Exception {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> modules = Files.list(Harness.MODULES)) {
            for (Path module : modules.filter(Files::isDirectory).sorted().toList()) {
                problems.addAll(checker.check(module));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theDepartmentModuleCallsEveryComponentModule() throws Exception {
        String main = Files.readString(Harness.MODULES.resolve("department/main.tf"));
        for (String component : List.of("service-accounts", "topics", "provider-integration", "aws-connector-role",
                "private-link-egress", "aws-endpoint-service-principal", "connector-config", "connectors",
                "kafka-credentials-secret", "connect-cluster-self-managed")) {
            assertTrue(main.matches("(?s).*source\\s+= \"\\.\\./" + component + "\".*"), component);
        }
    }

    @Test
    void reportsUnknownArgumentsMissingVariablesAndUndeclaredOutputs() throws Exception {
        List<String> problems = checker.check(Path.of("src/test/resources/modules-wiring/bad/caller"));
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).endsWith("main.tf:5: module \"role\": argument \"prefx\" is not a variable of ../child;"
                + " its variables: prefix, tags"), problems.get(0));
        assertTrue(problems.get(1).endsWith("main.tf:1: module \"role\": required variable \"prefix\" of ../child is not"
                + " passed"), problems.get(1));
        assertTrue(problems.get(2).endsWith("main.tf:9: module.role.role_name is not an output of module \"role\"; its"
                + " outputs: role_arn"), problems.get(2));
        assertTrue(problems.get(3).endsWith("main.tf:13: reference to undeclared (or non-local) module \"missing\""),
                problems.get(3));
    }
}
