package dev.connectonboard.descriptor;

import dev.connectonboard.descriptor.model.Platform;
import dev.connectonboard.descriptor.model.SelfManagedConnect.Plugin;
import dev.connectonboard.descriptor.model.SelfManagedConnect.WorkerImage;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The example Dockerfile installs exactly what the example platform file says its image holds. */
class WorkerImageExampleTest {
    private static final Map<String, String> HUB_COMPONENT = Map.of(
            "io.confluent.csid.config.provider.aws.SecretsManagerConfigProvider",
            "confluentinc/csid-secrets-provider-aws:${SECRETS_PROVIDER_VERSION}",
            "io.confluent.connect.s3.S3SinkConnector", "confluentinc/kafka-connect-s3:${S3_SINK_VERSION}",
            "io.debezium.connector.mysql.MySqlConnector", "debezium/debezium-connector-mysql:${DEBEZIUM_VERSION}",
            "io.debezium.connector.postgresql.PostgresConnector",
            "debezium/debezium-connector-postgresql:${DEBEZIUM_VERSION}");

    @Test
    void dockerfileInstallsEveryPluginOfTheDeclaredImageInItsDeclaredVersion() throws Exception {
        String dockerfile = Files.readString(Path.of("examples/connect-worker/Dockerfile"));
        Map<String, String> args = new HashMap<>();
        Matcher arg = Pattern.compile("(?m)^ARG ([A-Z0-9_]+)=(\\S+)$").matcher(dockerfile);
        while (arg.find()) {
            args.put(arg.group(1), arg.group(2));
        }
        Platform platform = InputLoader.load(List.of(Path.of("examples/platform.yaml"))).onlyPlatform()
                .orElseThrow().value();
        WorkerImage image = platform.selfManagedConnect().workerImages().get(0);
        assertTrue(image.kafkaVersion().startsWith("3.9"), "Confluent Platform 7.9 is Kafka 3.9");
        assertTrue(args.get("CP_VERSION").startsWith("7.9"), args::toString);
        List<Plugin> declared = new java.util.ArrayList<>(image.plugins());
        declared.add(image.configProvider());
        for (Plugin plugin : declared) {
            String component = HUB_COMPONENT.get(plugin.javaClass());
            assertTrue(component != null, "no Confluent Hub component known for " + plugin.javaClass());
            assertTrue(dockerfile.contains("confluent-hub install --no-prompt " + component), component);
            String variable = component.substring(component.indexOf("${") + 2, component.length() - 1);
            assertEquals(plugin.version(), args.get(variable), plugin.javaClass() + " version");
        }
        assertEquals(declared.size(), dockerfile.split("confluent-hub install").length - 1,
                "the image holds nothing the platform file does not declare");
    }
}
