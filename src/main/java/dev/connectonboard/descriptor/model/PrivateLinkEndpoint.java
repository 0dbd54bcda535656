package dev.connectonboard.descriptor.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

public record PrivateLinkEndpoint(
        @JsonProperty(required = true) @Pattern(regexp = NamePatterns.SHORT_NAME)
        @JsonPropertyDescription("Name connectors use to refer to this endpoint.") String name,
        @JsonProperty(required = true) @Pattern(regexp = NamePatterns.VPC_ENDPOINT_SERVICE)
        @JsonPropertyDescription("The AWS endpoint service the connectors reach.") String vpcEndpointServiceName,
        @JsonProperty(required = true) @Size(min = 1, max = 10)
        @JsonPropertyDescription("DNS names the connectors use; each gets a DNS record on the egress gateway.")
        List<@Pattern(regexp = NamePatterns.HOSTNAME) String> dnsDomains,
        @JsonPropertyDescription("Who owns the endpoint service: platform (default; in the platform's AWS account, "
                + "so Terraform allows the egress gateway's principal and accepts its connection) or external "
                + "(another account, whose owner allows the principal and accepts the connection by hand; "
                + "connectors wait until the access point is READY).") EndpointServiceOwner serviceOwner) {

    public PrivateLinkEndpoint {
        dnsDomains = dnsDomains == null ? List.of() : List.copyOf(dnsDomains);
        serviceOwner = serviceOwner == null ? EndpointServiceOwner.PLATFORM : serviceOwner;
    }
}
