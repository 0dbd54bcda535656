package dev.connectonboard.descriptor.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

public record Department(
        @JsonProperty(required = true) @Pattern(regexp = NamePatterns.SLUG)
        @JsonPropertyDescription("Department slug; names the generated folder and Terraform state.") String name,
        @JsonProperty(required = true) @Pattern(regexp = NamePatterns.PREFIX)
        @JsonPropertyDescription("Every connector, service account and IAM role name starts with <prefix>-, every "
                + "topic with <prefix>. or <prefix>-.") String prefix,
        @JsonProperty(required = true) @Size(min = 1, max = 20)
        @JsonPropertyDescription("Who to contact about this department's connectors.")
        List<@Pattern(regexp = NamePatterns.EMAIL) String> owners,
        @Pattern(regexp = NamePatterns.COST_CENTER)
        @JsonPropertyDescription("Becomes a tag on AWS resources.") String costCenter) {

    public Department {
        owners = owners == null ? List.of() : List.copyOf(owners);
    }
}
