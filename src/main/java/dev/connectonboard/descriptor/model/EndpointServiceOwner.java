package dev.connectonboard.descriptor.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Who owns a Private Link egress entry's AWS endpoint service, which decides who lets Confluent's egress gateway in:
 * an endpoint service that requires acceptance leaves Confluent's access point in {@code PENDING_ACCEPT} until its
 * owner accepts the connection.
 */
public enum EndpointServiceOwner {
    /** The platform's AWS account ({@code aws.accountId}): Terraform allows the gateway and accepts the connection. */
    @JsonProperty("platform") PLATFORM("platform"),
    /** Another AWS account: its owner allows the gateway principal and accepts the connection by hand. */
    @JsonProperty("external") EXTERNAL("external");

    private final String yamlName;

    EndpointServiceOwner(String yamlName) {
        this.yamlName = yamlName;
    }

    /** The spelling used in descriptors and in generated Terraform. */
    public String yamlName() {
        return yamlName;
    }
}
