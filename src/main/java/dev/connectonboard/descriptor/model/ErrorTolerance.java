package dev.connectonboard.descriptor.model;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum ErrorTolerance {
    @JsonProperty("none") NONE,
    @JsonProperty("all") ALL;

    public String yamlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
