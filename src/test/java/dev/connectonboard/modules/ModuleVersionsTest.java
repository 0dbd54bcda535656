package dev.connectonboard.modules;

import com.bertramlabs.plugins.hcl4j.HCLParser;
import dev.connectonboard.descriptor.ModuleRequirements;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ModuleRequirements is the one statement of what the modules need; every module's versions.tf says exactly that,
 * so the generator and validate can rely on it.
 */
class ModuleVersionsTest {
    private static final Map<String, String> PROVIDERS = Map.of(
            "confluent", ModuleRequirements.CONFLUENT_PROVIDER,
            "aws", ModuleRequirements.AWS_PROVIDER);

    @Test
    void everyModuleStatesTheRequirementsTheGeneratorAndValidateUse() throws Exception {
        List<String> drift = new ArrayList<>();
        int providers = 0;
        List<Path> modules;
        try (Stream<Path> list = Files.list(Harness.MODULES)) {
            modules = list.filter(Files::isDirectory).sorted().toList();
        }
        for (Path module : modules) {
            Map<String, Object> terraform = terraformBlock(module.resolve("versions.tf"));
            String name = module.getFileName().toString();
            if (!ModuleRequirements.TERRAFORM.equals(terraform.get("required_version"))) {
                drift.add(name + ": required_version " + terraform.get("required_version"));
            }
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> required =
                    (Map<String, Map<String, Object>>) terraform.getOrDefault("required_providers", Map.of());
            for (Map.Entry<String, Map<String, Object>> provider : required.entrySet()) {
                providers++;
                if (provider.getKey().equals("connectonboard")) {
                    if (!ModuleRequirements.OWN_PROVIDER_SOURCE.equals(provider.getValue().get("source"))
                            || provider.getValue().containsKey("version")) {
                        drift.add(name + ": connectonboard " + provider.getValue() + " (ModuleRequirements says "
                                + "source " + ModuleRequirements.OWN_PROVIDER_SOURCE + ", no version)");
                    }
                    continue;
                }
                String expected = PROVIDERS.get(provider.getKey());
                if (expected == null || !expected.equals(provider.getValue().get("version"))) {
                    drift.add(name + ": " + provider.getKey() + " " + provider.getValue().get("version")
                            + " (ModuleRequirements says " + expected + ")");
                }
            }
        }
        assertEquals(List.of(), drift, "update ModuleRequirements and every module's versions.tf together");
        assertTrue(modules.size() >= 11 && providers >= 12, modules + " " + providers);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> terraformBlock(Path versionsTf) throws Exception {
        Map<String, Object> parsed = new HCLParser().parse(Files.readString(versionsTf));
        return (Map<String, Object>) parsed.get("terraform");
    }
}
