package dev.connectonboard.operator.status;

import dev.connectonboard.confluent.LiveConnector;
import dev.connectonboard.confluent.TaskState;
import dev.connectonboard.connect.ConnectApiException;
import dev.connectonboard.connect.ConnectClientSettings;
import dev.connectonboard.connect.ConnectRestClient;
import dev.connectonboard.connect.ConnectorInfo;
import dev.connectonboard.connect.ConnectorStatus;
import dev.connectonboard.connect.WorkerEndpoint;
import dev.connectonboard.descriptor.model.DepartmentOnboarding;
import dev.connectonboard.descriptor.model.Platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a self-managed department's connectors from its workers' REST API with the provider's REST client, where the
 * runner is on the deploy network: {@code https://<prefix>-connect.<domain>} from the platform file (or
 * {@code CONNECT_REST_URL}), HTTP Basic with {@code CONNECT_REST_USERNAME} (default connect-onboard) and
 * {@code CONNECT_REST_PASSWORD} (the department's {@code <prefix>/connect-worker/rest-credentials} secret).
 */
public final class RestSelfManagedWorkers implements SelfManagedWorkers {
    public static final String URL_VARIABLE = "CONNECT_REST_URL";
    public static final String USERNAME_VARIABLE = "CONNECT_REST_USERNAME";
    public static final String PASSWORD_VARIABLE = "CONNECT_REST_PASSWORD";

    private final Map<String, String> environment;
    private final ConnectRestClient fixed;

    /** Workers found from the environment, per department (the CLI's {@code status}). */
    public RestSelfManagedWorkers(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
        this.fixed = null;
    }

    private RestSelfManagedWorkers(ConnectRestClient client) {
        this.environment = Map.of();
        this.fixed = client;
    }

    /**
     * The workers one REST client reaches (the provider's {@code connect_rest_*} settings: a department root's
     * provider block names its own department's workers).
     */
    public static SelfManagedWorkers through(ConnectRestClient client) {
        return new RestSelfManagedWorkers(client);
    }

    @Override
    public List<LiveConnector> connectors(Platform platform, DepartmentOnboarding department) {
        try {
            ConnectRestClient client = fixed != null ? fixed : clientFromEnvironment(platform, department);
            List<LiveConnector> connectors = new ArrayList<>();
            client.connectorsWithStatus().forEach((name, entry) -> connectors.add(live(name, entry.getKey(),
                    entry.getValue())));
            return connectors;
        } catch (ConnectApiException failure) {
            throw new WorkersUnavailable(failure.getMessage());
        }
    }

    private ConnectRestClient clientFromEnvironment(Platform platform, DepartmentOnboarding department) {
        String password = environment.get(PASSWORD_VARIABLE);
        if (password == null || password.isBlank()) {
            throw new WorkersUnavailable("set " + PASSWORD_VARIABLE + " (the department's "
                    + department.prefix() + "/connect-worker/rest-credentials secret) to read the workers");
        }
        String url = environment.get(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            if (platform.selfManagedConnect() == null) {
                throw new WorkersUnavailable("the platform file has no selfManagedConnect.rest; set " + URL_VARIABLE);
            }
            url = "https://" + department.prefix() + "-connect." + platform.selfManagedConnect().rest().domain();
        }
        String username = environment.getOrDefault(USERNAME_VARIABLE, "connect-onboard");
        return new ConnectRestClient(ConnectClientSettings.of(WorkerEndpoint.of(url, username, password)));
    }

    private static LiveConnector live(String name, ConnectorInfo info, ConnectorStatus status) {
        List<TaskState> tasks = status.tasks().stream()
                .map(task -> new TaskState(task.id(), task.state(), null, task.trace())).toList();
        Integer tasksMax = null;
        try {
            tasksMax = Integer.valueOf(info.config().getOrDefault("tasks.max", ""));
        } catch (NumberFormatException unset) {
            // left null, as the Confluent listing does
        }
        return new LiveConnector(null, name, info.config().get("connector.class"), tasksMax, status.type(),
                status.state(), status.trace(), tasks, info.config());
    }
}
