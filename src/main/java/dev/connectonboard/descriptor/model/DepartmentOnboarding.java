package dev.connectonboard.descriptor.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import java.util.List;

@JsonClassDescription("One department's onboarding: its prefix, Connect runtime, topics, Private Link egress, "
        + "IAM roles and connectors. Owned by the department, reviewed by the platform team.")
public record DepartmentOnboarding(
        @JsonProperty(required = true) @JsonPropertyDescription("Always connect-onboard/v1.") String apiVersion,
        @JsonProperty(required = true) @JsonPropertyDescription("Always DepartmentOnboarding.") String kind,
        @JsonProperty(required = true) Department department,
        @JsonProperty(required = true) ConnectSettings connect,
        @JsonPropertyDescription("The department's own topics; names start with the prefix.") List<Topic> topics,
        @JsonPropertyDescription("Endpoints the connectors reach over AWS PrivateLink.")
        List<PrivateLinkEndpoint> privateLinkEgress,
        @JsonPropertyDescription("AWS IAM roles that connectors assume through a Confluent provider integration.")
        List<IamRole> iamRoles,
        @JsonPropertyDescription("The department's connectors; names start with <prefix>-.") List<Connector> connectors,
        @JsonPropertyDescription("Deletes and replaces that lose data or connector offsets, consented to one by "
                + "one with a reason; the plan gate refuses every such change not listed here.")
        List<Acknowledgement> acknowledgements,
        @JsonPropertyDescription("Connectors and topics brought under GitOps by connect-onboard adopt: imported, "
                + "not created.") List<AdoptedResource> adopted,
        @JsonPropertyDescription("Present while the department is being removed (connect-onboard offboard).")
        Offboarding offboarding) {

    public DepartmentOnboarding {
        topics = topics == null ? List.of() : List.copyOf(topics);
        privateLinkEgress = privateLinkEgress == null ? List.of() : List.copyOf(privateLinkEgress);
        iamRoles = iamRoles == null ? List.of() : List.copyOf(iamRoles);
        connectors = connectors == null ? List.of() : List.copyOf(connectors);
        acknowledgements = acknowledgements == null ? List.of() : List.copyOf(acknowledgements);
        adopted = adopted == null ? List.of() : List.copyOf(adopted);
    }

    public String name() {
        return department.name();
    }

    /** The adopted connectors' names, in the descriptor's order. */
    public List<String> adoptedConnectors() {
        return adopted.stream().map(AdoptedResource::connector).filter(java.util.Objects::nonNull).toList();
    }

    /** The adopted topics' names, in the descriptor's order. */
    public List<String> adoptedTopics() {
        return adopted.stream().map(AdoptedResource::topic).filter(java.util.Objects::nonNull).toList();
    }

    public boolean isOffboarding() {
        return offboarding != null;
    }

    public String prefix() {
        return department.prefix();
    }
}
