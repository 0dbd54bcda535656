package dev.connectonboard.descriptor.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a planned change does to an acknowledged resource, as Terraform's plan says it. */
public enum AcknowledgedAction {
    /** The resource goes away: its block is gone from the root (a topic or connector removed or renamed). */
    @JsonProperty("delete") DELETE,
    /** The resource is destroyed and created again (e.g. a topic's partitions lowered). */
    @JsonProperty("replace") REPLACE
}
