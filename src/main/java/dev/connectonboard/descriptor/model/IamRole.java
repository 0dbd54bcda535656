package dev.connectonboard.descriptor.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.Pattern;

public record IamRole(
        @JsonProperty(required = true) @Pattern(regexp = NamePatterns.IAM_ROLE_NAME)
        @JsonPropertyDescription("Short name; the AWS role is named <prefix>-<name>, at most 64 characters in all.")
        String name,
        @JsonProperty(required = true) @JsonPropertyDescription("S3 buckets the role may use.") S3Access s3) {
}
