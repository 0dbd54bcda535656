package dev.connectonboard.provider.spi;

import dev.connectonboard.provider.schema.Block;

import java.util.Map;

/**
 * A resource whose schema changed in a way old states do not fit, modelled on the framework's
 * {@code resource.ResourceWithUpgradeState}: raise the schema's {@code version} and give, per older version, that
 * version's schema and a function from a state of it to a state of the current schema (every upgrader goes straight
 * to the current version). States of the current version are read as they are, ignoring attributes the schema no
 * longer has; an older version without an upgrader is an error.
 */
public interface ResourceWithUpgradeState<S> extends Resource<S> {

    /** Upgraders by the schema version they read. */
    Map<Long, StateUpgrader> stateUpgraders();

    /** @param priorSchema the schema of that version, used to decode the stored state */
    record StateUpgrader(Block priorSchema, Upgrade upgrade) {
    }

    @FunctionalInterface
    interface Upgrade {
        /** Returns every attribute of the current schema. */
        Map<String, Object> upgrade(Values priorState, Diagnostics diagnostics);
    }
}
