package dev.connectonboard.descriptor.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.Pattern;

public record S3Backend(
        @JsonProperty(required = true) @Pattern(regexp = NamePatterns.S3_BUCKET) String bucket,
        @JsonProperty(required = true) @Pattern(regexp = NamePatterns.AWS_REGION) String region,
        @JsonProperty(defaultValue = "true")
        @JsonPropertyDescription("Lock the state with the S3 backend's own lock file (use_lockfile; Terraform 1.11+). "
                + "Default true.") Boolean useLockfile,
        @Pattern(regexp = NamePatterns.DYNAMODB_TABLE)
        @JsonPropertyDescription("DynamoDB table for state locking, deprecated by Terraform 1.11; kept for platforms "
                + "still on it. With useLockfile as well, Terraform takes both locks (the documented migration path)."
        ) String dynamodbTable,
        @Pattern(regexp = NamePatterns.BUCKET_KEY_PREFIX)
        @JsonPropertyDescription("Key prefix; the state key is <keyPrefix><department>/terraform.tfstate.")
        String keyPrefix) {

    public S3Backend {
        useLockfile = useLockfile == null ? Boolean.TRUE : useLockfile;
    }

    public String keyPrefixOrEmpty() {
        return keyPrefix == null ? "" : keyPrefix;
    }
}
