package dev.connectonboard.descriptor.model;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum ConnectRuntime {
    @JsonProperty("managed") MANAGED("managed"),
    @JsonProperty("self-managed") SELF_MANAGED("self-managed");

    private final String yamlName;

    ConnectRuntime(String yamlName) {
        this.yamlName = yamlName;
    }

    /** The spelling used in descriptors and in generated Terraform. */
    public String yamlName() {
        return yamlName;
    }
}
