package dev.connectonboard.descriptor.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.Pattern;

public record AwsSecretRef(
        @JsonProperty(required = true) @Pattern(regexp = NamePatterns.SECRET_ID)
        @JsonPropertyDescription("Secret name or ARN suffix in AWS Secrets Manager.") String secretId,
        @JsonProperty(required = true) @Pattern(regexp = NamePatterns.SECRET_KEY)
        @JsonPropertyDescription("Key inside the secret's JSON value.") String key) {
}
