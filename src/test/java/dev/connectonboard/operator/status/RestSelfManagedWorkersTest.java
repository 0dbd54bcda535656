package dev.connectonboard.operator.status;

import dev.connectonboard.confluent.LiveConnector;
import dev.connectonboard.connect.ConnectClientSettings;
import dev.connectonboard.connect.ConnectRestClient;
import dev.connectonboard.connect.TargetState;
import dev.connectonboard.connect.WorkerEndpoint;
import dev.connectonboard.descriptor.InputLoader;
import dev.connectonboard.descriptor.InputSet;
import dev.connectonboard.descriptor.model.DepartmentOnboarding;
import dev.connectonboard.descriptor.model.Platform;
import dev.connectonboard.testsupport.kafka.LiveKafkaConnect;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code status} reads a self-managed department's connectors from its real workers through the REST client. */
class RestSelfManagedWorkersTest {

    @Test
    void readsTheDepartmentsConnectorsWithStateTasksAndClassFromTheWorkers() throws Exception {
        LiveKafkaConnect live = LiveKafkaConnect.shared();
        live.createTopics("rsch.status");
        ConnectRestClient rest = new ConnectRestClient(ConnectClientSettings.of(WorkerEndpoint.of(live.restUrl(),
                LiveKafkaConnect.USER, LiveKafkaConnect.PASSWORD)));
        rest.create("rsch-status-sink", Map.of("connector.class",
                "org.apache.kafka.connect.file.FileStreamSinkConnector", "tasks.max", "1", "topics", "rsch.status",
                "file", live.newOutputDir("status") + "/s.txt"), TargetState.PAUSED);
        InputSet inputs = InputLoader.load(List.of(StatusCluster.resource("platform.yaml"),
                StatusCluster.resource("departments")));
        Platform platform = inputs.onlyPlatform().orElseThrow().value();
        DepartmentOnboarding research = inputs.departments().stream().map(d -> d.value())
                .filter(d -> d.name().equals("research")).findFirst().orElseThrow();
        RestSelfManagedWorkers workers = new RestSelfManagedWorkers(Map.of(
                RestSelfManagedWorkers.URL_VARIABLE, live.restUrl(),
                RestSelfManagedWorkers.USERNAME_VARIABLE, LiveKafkaConnect.USER,
                RestSelfManagedWorkers.PASSWORD_VARIABLE, LiveKafkaConnect.PASSWORD));

        LiveConnector connector = awaitPaused(workers, platform, research);

        assertEquals("org.apache.kafka.connect.file.FileStreamSinkConnector", connector.connectorClass());
        assertEquals(1, connector.tasksMax());
        assertEquals("sink", connector.type());
        // created paused (KIP-980), the worker has not generated its tasks yet
        assertTrue(connector.tasks().stream().allMatch(t -> t.state().equals("PAUSED")), connector::toString);
        assertEquals(Health.PAUSED, Health.of(connector.state(), connector.tasks()));
        rest.delete("rsch-status-sink");

        SelfManagedWorkers.WorkersUnavailable noPassword = assertThrows(SelfManagedWorkers.WorkersUnavailable.class,
                () -> new RestSelfManagedWorkers(Map.of()).connectors(platform, research));
        assertTrue(noPassword.getMessage().contains("CONNECT_REST_PASSWORD"), noPassword::getMessage);
    }

    private static LiveConnector awaitPaused(RestSelfManagedWorkers workers, Platform platform,
                                             DepartmentOnboarding research) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            LiveConnector found = workers.connectors(platform, research).stream()
                    .filter(c -> c.name().equals("rsch-status-sink")).findFirst().orElse(null);
            if (found != null && "PAUSED".equals(found.state())) {
                return found;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("rsch-status-sink never showed as paused: " + found);
            }
            Thread.sleep(100);
        }
    }
}
