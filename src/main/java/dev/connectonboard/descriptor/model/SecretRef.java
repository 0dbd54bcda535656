package dev.connectonboard.descriptor.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** Where a sensitive connector property is read from at plan time. The value itself never enters a descriptor. */
public record SecretRef(
        @JsonProperty(required = true) AwsSecretRef awsSecretsManager,
        @JsonPropertyDescription("Written by connect-onboard adopt for a value Confluent Cloud masks: the secret "
                + "does not hold it yet. validate refuses the descriptor until the value is stored at secretId/key "
                + "and this line is deleted.") Boolean placeholder) {

    public boolean isPlaceholder() {
        return placeholder != null && placeholder;
    }
}
