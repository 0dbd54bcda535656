package dev.connectonboard.standin;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Go-source schema turned into Terraform's view by terraform-plugin-sdk/v2's rules (helper/schema/core_schema.go),
 * checked on cases each rule decides.
 */
class ConfluentSchemaJsonTest {
    private final ConfluentSchemaJson confluent = ConfluentSchemaJson.fromClasspath();
    private final JsonNode schema = confluent.terraformSchema();

    @Test
    void aComputedOnlyListOfObjectsIsAComputedAttributeNotABlock() {
        JsonNode cluster = schema.path("resource_schemas").path("confluent_kafka_cluster").path("block");
        assertEquals("[\"list\",[\"object\",{\"access_point_id\":\"string\",\"bootstrap_endpoint\":\"string\","
                + "\"connection_type\":\"string\",\"rest_endpoint\":\"string\"}]]",
                cluster.path("attributes").path("endpoints").path("type").toString());
        assertTrue(cluster.path("attributes").path("endpoints").path("computed").asBoolean());
        assertFalse(cluster.path("block_types").has("endpoints"));
    }

    @Test
    void aRequiredBlockNeedsOneItemAndAnOptionalOneNone() {
        JsonNode connector = schema.path("resource_schemas").path("confluent_connector").path("block");
        assertEquals(1, connector.path("block_types").path("environment").path("min_items").asInt());
        assertEquals(1, connector.path("block_types").path("environment").path("max_items").asInt());
        JsonNode topic = schema.path("resource_schemas").path("confluent_kafka_topic").path("block");
        // Go: Optional with MinItems 1, which SDKv2 ignores for optional blocks
        assertFalse(topic.path("block_types").path("kafka_cluster").has("min_items"));
        assertEquals("list", topic.path("block_types").path("kafka_cluster").path("nesting_mode").asText());
    }

    @Test
    void theImplicitIdIsOptionalAndComputedAndTimeoutsASingleBlock() {
        JsonNode id = schema.path("resource_schemas").path("confluent_service_account").path("block")
                .path("attributes").path("id");
        assertTrue(id.path("optional").asBoolean() && id.path("computed").asBoolean(), id::toString);
        assertEquals("single", schema.path("resource_schemas").path("confluent_network").path("block")
                .path("block_types").path("timeouts").path("nesting_mode").asText());
    }

    @Test
    void schemaVersionsAndForceNewComeFromTheSource() {
        assertEquals(2, schema.path("resource_schemas").path("confluent_kafka_topic").path("version").asInt());
        assertTrue(confluent.forceNew().get("confluent_kafka_topic").contains("topic_name"));
        assertTrue(confluent.forceNew().get("confluent_kafka_topic").contains("kafka_cluster.id"));
        assertFalse(confluent.forceNew().get("confluent_kafka_topic").contains("partitions_count"),
                "partitions grow in place; only lowering them replaces (CustomizeDiff)");
        assertTrue(confluent.forceNew().get("confluent_connector").contains("environment"));
        assertEquals("<Kafka cluster ID>/<topic name>", confluent.importIdFormats().get("confluent_kafka_topic"));
    }
}
