package dev.connectonboard.descriptor.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

public record S3Access(
        @JsonProperty(required = true) @Size(min = 1, max = 20)
        List<@Pattern(regexp = NamePatterns.S3_BUCKET) String> buckets,
        @JsonProperty(required = true) @JsonPropertyDescription("read or write (write includes read).")
        S3AccessLevel access,
        @Size(max = 10)
        @JsonPropertyDescription("KMS keys (key ARNs in the platform's account) of SSE-KMS buckets: the role may "
                + "decrypt and generate data keys with exactly these, and only through S3 (kms:ViaService).")
        List<@Pattern(regexp = NamePatterns.KMS_KEY_ARN) String> kmsKeyArns) {

    public S3Access {
        buckets = buckets == null ? List.of() : List.copyOf(buckets);
        kmsKeyArns = kmsKeyArns == null ? List.of() : List.copyOf(kmsKeyArns);
    }
}
