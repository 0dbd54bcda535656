package dev.connectonboard.descriptor.model;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum ConnectorDirection {
    @JsonProperty("sink") SINK,
    @JsonProperty("source") SOURCE;

    public String yamlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
