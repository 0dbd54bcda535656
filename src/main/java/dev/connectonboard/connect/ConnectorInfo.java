package dev.connectonboard.connect;

import java.util.Map;

/** A connector as {@code GET /connectors/{name}} returns it: its config exactly as submitted (references unresolved). */
public record ConnectorInfo(String name, Map<String, String> config, String type) {
    public ConnectorInfo {
        config = Map.copyOf(config);
    }
}
