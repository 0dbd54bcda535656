package dev.connectonboard.modules;

import dev.connectonboard.testsupport.ConfluentSchemaChecker;
import dev.connectonboard.testsupport.HclDocument;
import dev.connectonboard.testsupport.HclNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every confluent_* resource and data source the modules declare conforms to the provider's schema (2.83), since
 * terraform validate cannot run without the Confluent provider here. The checker itself is proven on bad snippets.
 */
class ConfluentSchemaConformanceTest {

    private static final Path BAD = Path.of("src/test/resources/confluent-provider/bad");
    private final ConfluentSchemaChecker checker = ConfluentSchemaChecker.fromClasspath();

    @Test
    void everyConfluentBlockInTheModulesMatchesTheProviderSchema() throws Exception {
        assertEquals(List.of(), checker.check(Harness.MODULES));
    }

    @Test
    void theConformanceCheckCoversEveryConfluentResourceTypeTheModulesUse() throws Exception {
        // Guards the test above against passing because nothing was checked.
        java.util.Set<String> types = new java.util.TreeSet<>();
        for (Path file : HclDocument.tfFiles(Harness.MODULES)) {
            for (HclNode block : HclDocument.parse(file).blocks()) {
                boolean resourceOrData = block.name().equals("resource") || block.name().equals("data");
                if (resourceOrData && block.label(0).startsWith("confluent_")) {
                    types.add(block.name() + " " + block.label(0));
                }
            }
        }
        assertEquals(java.util.Set.of("resource confluent_service_account", "resource confluent_api_key",
                "resource confluent_kafka_acl", "resource confluent_role_binding", "resource confluent_kafka_topic",
                "resource confluent_provider_integration", "resource confluent_access_point",
                "resource confluent_dns_record", "resource confluent_connector", "data confluent_gateway",
                "data confluent_kafka_cluster"), types);
    }

    @Test
    void reportsAnUnknownAttributeWithTheAllowedNames() throws Exception {
        List<String> problems = checker.check(BAD.resolve("unknown-attribute.tf"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).endsWith("unknown-attribute.tf:3: confluent_kafka_topic.payments: unknown attribute"
                + " \"partition_count\"; allowed: config, credentials, kafka_cluster, partitions_count, rest_endpoint,"
                + " topic_name"), problems.get(0));
    }

    @Test
    void reportsAMissingRequiredAttribute() throws Exception {
        List<String> problems = checker.check(BAD.resolve("missing-required.tf"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).endsWith("missing-required.tf:1: confluent_kafka_acl.read: missing required attribute"
                + " \"permission\""), problems.get(0));
    }

    @Test
    void reportsABlockWrittenAsAnAttributeAndAnAttributeWrittenAsABlock() throws Exception {
        List<String> problems = checker.check(BAD.resolve("wrong-nesting.tf"));
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).endsWith("wrong-nesting.tf:2: confluent_connector.sink.environment: \"environment\" is"
                + " a nested block: write environment { ... }, not environment = ..."), problems.get(0));
        assertTrue(problems.get(1).endsWith("wrong-nesting.tf:10: confluent_connector.sink.config_nonsensitive:"
                + " \"config_nonsensitive\" is an attribute: write config_nonsensitive = ..., not a nested block"),
                problems.get(1));
    }

    @Test
    void reportsReadOnlyFieldsRepeatedSingleBlocksAndUnknownTypes() throws Exception {
        List<String> problems = checker.check(BAD.resolve("read-only-and-repeated.tf"));
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).endsWith("read-only-and-repeated.tf:14: confluent_provider_integration.writer.aws"
                + ".external_id: \"external_id\" is read-only (computed by the provider) and cannot be set"), problems.get(0));
        assertTrue(problems.get(1).endsWith("read-only-and-repeated.tf:1: confluent_provider_integration.writer: block"
                + " \"environment\" appears 2 times; at most 1 allowed"), problems.get(1));
        assertTrue(problems.get(2).endsWith("read-only-and-repeated.tf:18: data.confluent_gateways.all: data source type"
                + " \"confluent_gateways\" does not exist in the provider schema"), problems.get(2));
    }

    @Test
    void acceptsDynamicBlocksTimeoutsAndMetaArguments() throws Exception {
        assertEquals(List.of(), checker.check(Path.of("src/test/resources/confluent-provider/good")));
    }
}
