package dev.connectonboard.descriptor.model;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum S3AccessLevel {
    @JsonProperty("read") READ,
    @JsonProperty("write") WRITE;

    public String yamlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
