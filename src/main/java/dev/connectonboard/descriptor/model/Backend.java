package dev.connectonboard.descriptor.model;

import com.fasterxml.jackson.annotation.JsonProperty;

public record Backend(@JsonProperty(required = true) S3Backend s3) {
}
