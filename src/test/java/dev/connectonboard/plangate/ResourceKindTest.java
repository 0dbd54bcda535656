package dev.connectonboard.plangate;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gate classifies by resource type: every type the modules declare must be in its table. */
class ResourceKindTest {
    private static final Pattern RESOURCE = Pattern.compile("(?m)^resource\\s+\"([a-z0-9_]+)\"");

    @Test
    void everyResourceTypeOfTheModulesIsClassified() throws IOException {
        Set<String> types = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("modules"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".tf")).toList()) {
                Matcher m = RESOURCE.matcher(Files.readString(file));
                while (m.find()) {
                    types.add(m.group(1));
                }
            }
        }
        assertTrue(types.contains("confluent_kafka_topic") && types.contains("confluent_connector"), types::toString);
        List<String> unknown = types.stream().filter(t -> !ResourceKind.known(t)).toList();
        assertEquals(List.of(), unknown, "add these to ResourceKind (and say what losing one means)");
    }

    @Test
    void topicsAndConnectorsAreWhatLosesDataAndOffsets() {
        assertEquals(ResourceKind.TOPIC, ResourceKind.of("confluent_kafka_topic"));
        assertEquals(ResourceKind.CONNECTOR, ResourceKind.of("confluent_connector"));
        assertEquals(ResourceKind.ACCESS, ResourceKind.of("confluent_api_key"));
        assertEquals(ResourceKind.OTHER, ResourceKind.of("aws_ecs_service"));
    }
}
