package dev.connectonboard.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connectonboard.testsupport.TerraformCli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The stand-ins serve the real providers' schemas exactly: {@code terraform providers schema -json} against them
 * prints what it prints for the real hashicorp/aws 5.100.0 binary, and for Confluent what SDKv2 makes of the Go
 * schema (descriptions aside: they never change behaviour).
 */
class StandInSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path work;
    private static StandIns standIns;
    private static TerraformCli mirrored;

    @BeforeAll
    static void prepare() {
        mirrored = TerraformCli.assumeAvailable();
        standIns = StandIns.prepare(Path.of("target/standin"), mirrored);
    }

    @Test
    void terraformSeesExactlyTheRealSchemasThroughTheStandIns() throws Exception {
        Path root = Files.createDirectories(work.resolve("root"));
        Files.writeString(root.resolve("main.tf"), """
                terraform {
                  required_providers {
                    aws       = { source = "hashicorp/aws" }
                    confluent = { source = "confluentinc/confluent" }
                  }
                }
                """);
        TerraformCli terraform = TerraformCli.assumeInstalled(standIns.cliConfig())
                .withEnv(standIns.environment(work.resolve("cloud")));
        TerraformCli.Result served = terraform.run(root, Duration.ofMinutes(3), "providers", "schema", "-json")
                .requireSuccess();
        JsonNode schemas = JSON.readTree(served.stdout()).path("provider_schemas");

        JsonNode realAws = JSON.readTree(Files.readString(StandIns.realAwsSchema(standIns.dir())));
        assertEquals("", difference("", comparable(realAws),
                comparable(schemas.path("registry.terraform.io/hashicorp/aws"))));
        assertEquals("", difference("", comparable(ConfluentSchemaJson.fromClasspath().terraformSchema()),
                comparable(schemas.path("registry.terraform.io/confluentinc/confluent"))));
    }

    /** Without descriptions, and without the kinds of schema a stand-in does not serve (functions, ephemeral). */
    private static JsonNode comparable(JsonNode providerSchema) throws java.io.IOException {
        // through text, so numbers compare by value (an IntNode 1 equals a LongNode 1)
        ObjectNode copy = (ObjectNode) JSON.readTree(JSON.writeValueAsString(providerSchema));
        copy.remove("functions");
        copy.remove("ephemeral_resource_schemas");
        strip(copy);
        return copy;
    }

    /** The first path where the two differ, with both values; empty when equal. */
    private static String difference(String path, JsonNode expected, JsonNode actual) {
        if (expected.equals(actual)) {
            return "";
        }
        if (expected.isObject() && actual.isObject()) {
            java.util.Set<String> names = new java.util.TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode e = expected.path(name);
                JsonNode a = actual.path(name);
                if (!e.equals(a)) {
                    return e.isMissingNode() || a.isMissingNode() ? path + "/" + name + ": expected " + e + ", got " + a
                            : difference(path + "/" + name, e, a);
                }
            }
        }
        return path + ": expected " + expected + ", got " + actual;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("description");
            object.remove("description_kind");
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                strip(it.next().getValue());
            }
        } else if (node.isArray()) {
            node.forEach(StandInSchemaTest::strip);
        }
    }
}
