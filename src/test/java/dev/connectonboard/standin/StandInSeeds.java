package dev.connectonboard.standin;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectonboard.descriptor.InputSet;
import dev.connectonboard.descriptor.Loaded;
import dev.connectonboard.descriptor.model.Connector;
import dev.connectonboard.descriptor.model.DepartmentOnboarding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What exists outside Terraform before a department's first apply, put into a stand-in cloud: every AWS Secrets
 * Manager secret its descriptors reference, as a JSON object holding each referenced key (value
 * {@code stand-in-<key>}), which the generated data sources read at plan time.
 */
public final class StandInSeeds {
    static final String SECRET_VERSION = "aws_secretsmanager_secret_version";
    private static final ObjectMapper JSON = new ObjectMapper();

    private StandInSeeds() {
    }

    /** Seeds the secrets of every department in {@code inputs} that the cloud does not hold yet. */
    public static void secrets(InputSet inputs, StandInCloud aws) {
        Map<String, Map<String, String>> keysBySecret = new TreeMap<>();
        for (Loaded<DepartmentOnboarding> department : inputs.departments()) {
            for (Connector connector : department.value().connectors()) {
                connector.secrets().values().forEach(ref -> keysBySecret
                        .computeIfAbsent(ref.awsSecretsManager().secretId(), id -> new TreeMap<>())
                        .put(ref.awsSecretsManager().key(), "stand-in-" + ref.awsSecretsManager().key()));
            }
        }
        Set<String> seeded = aws.seeds(SECRET_VERSION).stream().map(seed -> seed.path("secret_id").asText())
                .collect(Collectors.toSet());
        keysBySecret.forEach((secretId, keys) -> {
            if (!seeded.contains(secretId)) {
                try {
                    Map<String, Object> seed = new LinkedHashMap<>();
                    seed.put("secret_id", secretId);
                    seed.put("secret_string", JSON.writeValueAsString(keys));
                    aws.seed(SECRET_VERSION, seed);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }

    static List<String> secretIds(StandInCloud aws) {
        return aws.seeds(SECRET_VERSION).stream().map(seed -> seed.path("secret_id").asText()).toList();
    }
}
