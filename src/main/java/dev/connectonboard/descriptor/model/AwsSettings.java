package dev.connectonboard.descriptor.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.Pattern;

public record AwsSettings(
        @JsonProperty(required = true) @Pattern(regexp = NamePatterns.AWS_ACCOUNT_ID)
        @JsonPropertyDescription("AWS account of IAM roles, ECS workers and secrets; quote it.") String accountId,
        @JsonProperty(required = true) @Pattern(regexp = NamePatterns.AWS_REGION)
        @JsonPropertyDescription("AWS region, e.g. eu-west-1.") String region) {
}
