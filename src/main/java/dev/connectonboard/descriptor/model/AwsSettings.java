package dev.connectonboard.descriptor.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

public record AwsSettings(
        @JsonProperty(required = true) @Pattern(regexp = NamePatterns.AWS_ACCOUNT_ID)
        @JsonPropertyDescription("AWS account of IAM roles, ECS workers and secrets; quote it.") String accountId,
        @JsonProperty(required = true) @Pattern(regexp = NamePatterns.AWS_REGION)
        @JsonPropertyDescription("AWS region, e.g. eu-west-1.") String region,
        @Min(0) @Max(30) @JsonProperty(defaultValue = "0")
        @JsonPropertyDescription("Days Secrets Manager keeps a deleted secret of connect-onboard's own (the workers' "
                + "Kafka API key) before it is gone: 0 (default) deletes it at once, so a department offboarded and "
                + "onboarded again the same week can create it again; 7-30 keeps it recoverable that long (the key "
                + "it holds is deleted with the department anyway).") Integer secretRecoveryWindowDays) {

    public AwsSettings {
        secretRecoveryWindowDays = secretRecoveryWindowDays == null ? 0 : secretRecoveryWindowDays;
    }
}
