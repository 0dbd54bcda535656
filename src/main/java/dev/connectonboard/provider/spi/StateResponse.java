package dev.connectonboard.provider.spi;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a resource's create, read, update or import returns: the new state, its private state and diagnostics.
 *
 * <p>The state starts as: the plan (create, update: fill in what is still unknown with {@link #set}); the prior state
 * (read: change what drifted, or {@link #removeFromState()} when the object is gone); an object of nulls (import:
 * set what identifies the object, Terraform then calls read). Private state starts as what Terraform passed in.
 */
public final class StateResponse {
    private final Map<String, Object> state;
    private final Diagnostics diagnostics;
    private byte[] privateState;
    private boolean removed;

    public StateResponse(Map<String, Object> initialState, byte[] privateState, Diagnostics diagnostics) {
        this.state = new LinkedHashMap<>(initialState);
        this.privateState = privateState == null ? new byte[0] : privateState.clone();
        this.diagnostics = diagnostics;
    }

    /** Sets one top-level attribute or nested block of the new state. */
    public StateResponse set(String name, Object value) {
        if (!state.containsKey(name)) {
            throw new IllegalArgumentException("\"" + name + "\" is not an attribute of this resource");
        }
        state.put(name, value);
        removed = false;
        return this;
    }

    /** Replaces the whole new state (every attribute of the schema). */
    public StateResponse setAll(Map<String, Object> values) {
        values.forEach(this::set);
        return this;
    }

    /** Read only: the remote object no longer exists; Terraform drops it from state and plans to create it. */
    public void removeFromState() {
        removed = true;
    }

    public boolean removed() {
        return removed;
    }

    /** Opaque bytes Terraform stores with the state and hands back on the next call (not shown to users). */
    public void setPrivateState(byte[] bytes) {
        this.privateState = bytes == null ? new byte[0] : bytes.clone();
    }

    public byte[] privateState() {
        return privateState.clone();
    }

    public Values state() {
        return new Values(new LinkedHashMap<>(state));
    }

    public Diagnostics diagnostics() {
        return diagnostics;
    }
}
