package dev.connectonboard.connect;

import java.util.Locale;

/**
 * What a connector is asked to be (KIP-875): running, paused (tasks stay assigned, no records move) or stopped (tasks
 * shut down, config kept). {@code POST /connectors} takes it as {@code initial_state} (KIP-980, Kafka 3.5+).
 */
public enum TargetState {
    RUNNING, PAUSED, STOPPED;

    /** The spelling in Terraform configuration: running, paused, stopped. */
    public String terraformName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TargetState ofTerraformName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /**
     * The target state a live state shows, when it shows one. FAILED, UNASSIGNED and RESTARTING say nothing about
     * what the connector was asked to be (a new connector is UNASSIGNED for a moment whatever its initial state; a
     * connector that failed to start is FAILED whether it was to run or to pause), so they give none.
     */
    public static java.util.Optional<TargetState> fromLiveState(String liveState) {
        return switch (liveState == null ? "" : liveState) {
            case "RUNNING" -> java.util.Optional.of(RUNNING);
            case "PAUSED" -> java.util.Optional.of(PAUSED);
            case "STOPPED" -> java.util.Optional.of(STOPPED);
            default -> java.util.Optional.empty();
        };
    }
}
