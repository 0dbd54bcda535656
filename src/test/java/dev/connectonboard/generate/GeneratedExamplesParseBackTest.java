package dev.connectonboard.generate;

import com.bertramlabs.plugins.hcl4j.HCLParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every generated file of every shipped example, parsed back with hcl4j: block types, counts and references. */
class GeneratedExamplesParseBackTest {
    private static final Path GENERATED = Workspace.PROJECT.resolve("generated");

    @ParameterizedTest
    @CsvSource({
            "finance, fin, managed, 3, 4, 1, 1, 0",
            "hr, hr, managed, 1, 1, 0, 0, 0",
            "research, rsch, self-managed, 2, 1, 0, 1, 0"})
    void rootModuleHasEachComponentWithTheDescriptorsCounts(String department, String prefix, String runtime,
                                                            int connectors, int topics, int endpoints, int roles,
                                                            int connectorFiles) throws Exception {
        Path root = GENERATED.resolve(department);
        Map<String, Object> main = parse(root.resolve("main.tf"));
        Map<String, Object> module = map(map(main, "module"), "department");
        assertEquals("../../modules/department", module.get("source"));
        assertEquals(department, map(module, "department").get("name"));
        assertEquals(prefix, map(module, "department").get("prefix"));
        assertEquals(runtime, module.get("runtime"));
        assertEquals(connectors, list(module, "connectors").size());
        assertEquals(topics, list(module, "topics").size());
        assertEquals(endpoints, list(module, "private_link_egress").size());
        assertEquals(roles, list(module, "iam_roles").size());
        assertEquals(runtime.equals("self-managed"), module.containsKey("self_managed"));
        for (Object connector : list(module, "connectors")) {
            assertTrue(String.valueOf(((Map<?, ?>) connector).get("name")).startsWith(prefix + "-"));
        }
        Map<String, Object> quota = map(map(map(main, "data"), "connectonboard_quota"), "this");
        assertEquals(department, quota.get("department"));

        Map<String, Object> providers = map(parse(root.resolve("providers.tf")), "provider");
        assertEquals("lkc-5k3p2d", map(providers, "confluent").get("kafka_id"));
        assertEquals("eu-west-1", map(providers, "aws").get("region"));
        assertEquals(List.of("../../examples/departments/" + department + ".yaml"),
                map(providers, "connectonboard").get("descriptors"));

        Map<String, Object> required = map(map(parse(root.resolve("versions.tf")), "terraform"), "required_providers");
        assertEquals("confluentinc/confluent", map(required, "confluent").get("source"));
        assertEquals("hashicorp/aws", map(required, "aws").get("source"));

        Map<String, Object> backend = map(map(map(parse(root.resolve("backend.tf")), "terraform"), "backend"), "s3");
        assertEquals("connect/" + department + "/terraform.tfstate", backend.get("key"));

        Map<String, Object> outputs = map(parse(root.resolve("outputs.tf")), "output");
        assertTrue(outputs.keySet().containsAll(List.of("service_account_ids", "connector_ids",
                "dead_letter_queue_topics", "iam_role_arns", "metrics_api_key", "quota")), outputs.keySet()::toString);
        assertEquals(runtime.equals("self-managed"), outputs.containsKey("log_group_name"));
        assertTrue(map(parse(root.resolve("variables.tf")), "variable").containsKey("extra_tags"));

        Path connectorsDir = root.resolve("connectors");
        long files = 0;
        if (Files.isDirectory(connectorsDir)) {
            try (var listing = Files.list(connectorsDir)) {
                files = listing.count();
            }
        }
        assertEquals(connectorFiles, files);
    }

    private static Map<String, Object> parse(Path file) throws Exception {
        return new HCLParser().parse(Files.readString(file));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertTrue(value instanceof Map, () -> key + " is not a block in " + parent.keySet());
        return (Map<String, Object>) value;
    }

    private static List<?> list(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertTrue(value instanceof List, () -> key + " is not a list");
        return (List<?>) value;
    }
}
