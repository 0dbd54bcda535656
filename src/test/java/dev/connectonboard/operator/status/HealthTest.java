package dev.connectonboard.operator.status;

import dev.connectonboard.confluent.TaskState;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HealthTest {
    private static final TaskState RUNNING_TASK = new TaskState(0, "RUNNING", null, null);
    private static final TaskState FAILED_TASK = new TaskState(1, "FAILED", "boom", null);

    @Test
    void readsConnectStatesWhateverTheirCase() {
        assertEquals(Health.FAILED, Health.of("FAILED", List.of()));
        assertEquals(Health.DEGRADED, Health.of("degraded", List.of(RUNNING_TASK, FAILED_TASK)));
        assertEquals(Health.PROVISIONING, Health.of("PROVISIONING", List.of()));
        assertEquals(Health.PAUSED, Health.of("Paused", List.of()));
        assertEquals(Health.RUNNING, Health.of("RUNNING", List.of(RUNNING_TASK)));
    }

    @Test
    void aRunningConnectorWithAFailedTaskIsDegraded() {
        assertEquals(Health.DEGRADED, Health.of("RUNNING", List.of(RUNNING_TASK, FAILED_TASK)));
        assertEquals(Health.DEGRADED, Health.of("RUNNING",
                List.of(new TaskState(0, "USER_ACTIONABLE_ERROR", "bad config", null))));
    }

    @Test
    void statesThisToolDoesNotKnowAreUnknownNotRunning() {
        assertEquals(Health.UNKNOWN, Health.of(null, List.of()));
        assertEquals(Health.UNKNOWN, Health.of("NONE", List.of()));
        assertEquals(Health.UNKNOWN, Health.of("DELETED", List.of()));
        assertEquals(Health.UNKNOWN, Health.of("RESTARTING", List.of()));
    }

    @Test
    void attentionOrderIsFailedDegradedThenProvisioningOrPausedThenRunning() {
        List<ConnectorView> connectors = new ArrayList<>(List.of(
                view("a-running", Health.RUNNING), view("b-paused", Health.PAUSED),
                view("c-failed", Health.FAILED), view("d-provisioning", Health.PROVISIONING),
                view("e-degraded", Health.DEGRADED), view("a-failed", Health.FAILED)));
        Collections.shuffle(connectors, new java.util.Random(3));

        connectors.sort(ConnectorView.ATTENTION_ORDER);

        assertEquals(List.of("a-failed", "c-failed", "e-degraded", "d-provisioning", "b-paused", "a-running"),
                connectors.stream().map(ConnectorView::name).toList());
    }

    private static ConnectorView view(String name, Health health) {
        return new ConnectorView(name, "lcc-1", "S3_SINK", health, health.name(), List.of(), "", "", null, "", null);
    }
}
