package dev.connectonboard.descriptor.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.Pattern;

public record S3Backend(
        @JsonProperty(required = true) @Pattern(regexp = NamePatterns.S3_BUCKET) String bucket,
        @JsonProperty(required = true) @Pattern(regexp = NamePatterns.AWS_REGION) String region,
        @Pattern(regexp = NamePatterns.DYNAMODB_TABLE)
        @JsonPropertyDescription("DynamoDB table for state locking.") String dynamodbTable,
        @Pattern(regexp = NamePatterns.BUCKET_KEY_PREFIX)
        @JsonPropertyDescription("Key prefix; the state key is <keyPrefix><department>/terraform.tfstate.")
        String keyPrefix) {

    public String keyPrefixOrEmpty() {
        return keyPrefix == null ? "" : keyPrefix;
    }
}
