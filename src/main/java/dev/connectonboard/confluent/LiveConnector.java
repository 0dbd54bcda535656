package dev.connectonboard.confluent;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A connector as it exists in the Kafka cluster, from one entry of {@code GET .../connectors?expand=info,status,id}.
 *
 * @param id             {@code lcc-...} (managed) or {@code clcc-...} (custom); null if the API left it out
 * @param connectorClass {@code connector.class}; null if absent
 * @param tasksMax       {@code tasks.max} as a number; null if absent or not a whole number
 * @param type           source, sink or whatever the API says (it has sent "unknown")
 * @param state          connector state (RUNNING, PAUSED, FAILED, DEGRADED, PROVISIONING, ...); null if absent
 * @param trace          the connector's error trace; null when healthy
 * @param tasks          task states; empty while provisioning
 * @param config         the connector's configuration without masked secret values, sorted by key
 */
public record LiveConnector(String id, String name, String connectorClass, Integer tasksMax, String type,
                            String state, String trace, List<TaskState> tasks, Map<String, String> config) {

    public LiveConnector {
        tasks = List.copyOf(tasks);
        config = Collections.unmodifiableMap(new TreeMap<>(config));
    }
}
