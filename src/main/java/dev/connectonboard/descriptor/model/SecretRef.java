package dev.connectonboard.descriptor.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a sensitive connector property is read from at plan time. The value itself never enters a descriptor. */
public record SecretRef(@JsonProperty(required = true) AwsSecretRef awsSecretsManager) {
}
