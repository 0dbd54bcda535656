package dev.connectonboard.operator.adopt;

import dev.connectonboard.confluent.ConfluentCloudClient;
import dev.connectonboard.confluent.ConnectorDefinition;
import dev.connectonboard.confluent.KafkaRestClient;
import dev.connectonboard.confluent.KafkaTopic;
import dev.connectonboard.connect.ConnectApiException;
import dev.connectonboard.connect.ConnectClientSettings;
import dev.connectonboard.connect.ConnectRestClient;
import dev.connectonboard.connect.WorkerEndpoint;
import dev.connectonboard.descriptor.SecretShapes;
import dev.connectonboard.descriptor.model.ConnectRuntime;
import dev.connectonboard.descriptor.model.DepartmentOnboarding;
import dev.connectonboard.descriptor.model.Platform;
import dev.connectonboard.errors.FailureKind;
import dev.connectonboard.errors.OnboardException;
import dev.connectonboard.generate.Naming;
import dev.connectonboard.operator.status.RestSelfManagedWorkers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The live state {@code adopt} reads: managed connectors from Confluent Cloud's Connect API, a self-managed
 * department's from its workers' REST API (the same address and credentials as {@code status}), topics from the
 * cluster's Kafka REST API. A failure to read is exit 3: adopting from half an answer would miss what runs.
 */
public final class LiveSources implements Adopter.LiveSource {
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{[a-z]+:[^}]*}");

    private final Supplier<ConfluentCloudClient> cloud;
    private final Map<String, String> environment;

    public LiveSources(Supplier<ConfluentCloudClient> cloud, Map<String, String> environment) {
        this.cloud = cloud;
        this.environment = Map.copyOf(environment);
    }

    @Override
    public List<ConnectorDefinition> connectors(Platform platform, DepartmentOnboarding department) {
        if (department.connect().runtime() == ConnectRuntime.SELF_MANAGED) {
            return workers(platform, department);
        }
        try (ConfluentCloudClient client = cloud.get()) {
            return new ArrayList<>(client.connectorDefinitions(platform.confluent().environmentId(),
                    platform.confluent().kafkaCluster().id()).values());
        }
    }

    @Override
    public List<KafkaTopic> topics(Platform platform) {
        try (KafkaRestClient client = KafkaRestClient.fromEnvironment(environment,
                platform.confluent().kafkaCluster().restEndpoint())) {
            return client.topics(platform.confluent().kafkaCluster().id());
        }
    }

    /**
     * The workers return config values in clear; a value named like a secret that is not a config-provider
     * reference is treated as masked: its value is never kept, so it can never reach a descriptor.
     */
    private List<ConnectorDefinition> workers(Platform platform, DepartmentOnboarding department) {
        String password = environment.get(RestSelfManagedWorkers.PASSWORD_VARIABLE);
        if (password == null || password.isBlank()) {
            throw new OnboardException(FailureKind.UNDETERMINED, "set " + RestSelfManagedWorkers.PASSWORD_VARIABLE
                    + " (the " + Naming.workerRestCredentialsSecret(department) + " secret's password) to read "
                    + "the department's workers");
        }
        String url = environment.get(RestSelfManagedWorkers.URL_VARIABLE);
        if (url == null || url.isBlank()) {
            if (platform.selfManagedConnect() == null || platform.selfManagedConnect().rest() == null) {
                throw new OnboardException(FailureKind.USAGE, "the platform file has no selfManagedConnect.rest; set "
                        + RestSelfManagedWorkers.URL_VARIABLE);
            }
            url = Naming.workerRestUrl(department, platform.selfManagedConnect().rest().domain());
        }
        String username = environment.getOrDefault(RestSelfManagedWorkers.USERNAME_VARIABLE, "connect-onboard");
        try {
            ConnectRestClient client = new ConnectRestClient(ConnectClientSettings.of(
                    WorkerEndpoint.of(url, username, password)));
            List<ConnectorDefinition> definitions = new ArrayList<>();
            client.connectorsWithStatus().forEach((name, entry) -> {
                Map<String, String> config = new TreeMap<>();
                Set<String> masked = new HashSet<>();
                entry.getKey().config().forEach((key, value) -> {
                    if (SecretShapes.keyLooksSecret(key) && !REFERENCE.matcher(value).matches()) {
                        masked.add(key);
                    } else {
                        config.put(key, value);
                    }
                });
                definitions.add(new ConnectorDefinition(name, entry.getValue().state(), config, masked));
            });
            return definitions;
        } catch (ConnectApiException failure) {
            throw new OnboardException(FailureKind.UNDETERMINED, "cannot read the workers at " + url + ": "
                    + failure.getMessage(), failure);
        }
    }
}
