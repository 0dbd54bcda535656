package dev.connectonboard.descriptor.model;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum ConnectorState {
    @JsonProperty("running") RUNNING,
    @JsonProperty("paused") PAUSED
}
