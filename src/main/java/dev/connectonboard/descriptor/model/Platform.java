package dev.connectonboard.descriptor.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.Pattern;

@JsonClassDescription("The platform team's file: one Confluent environment and Kafka cluster, the AWS account, and "
        + "how Terraform is run. One per environment.")
public record Platform(
        @JsonProperty(required = true) @JsonPropertyDescription("Always connect-onboard/v1.") String apiVersion,
        @JsonProperty(required = true) @JsonPropertyDescription("Always Platform.") String kind,
        @JsonProperty(required = true) @Pattern(regexp = NamePatterns.SLUG)
        @JsonPropertyDescription("Slug naming this platform; goes into state keys and tags.") String name,
        @JsonProperty(required = true) ConfluentSettings confluent,
        @JsonProperty(required = true) AwsSettings aws,
        @JsonProperty(required = true) TerraformSettings terraform,
        @JsonPropertyDescription("Worker images and REST access for self-managed departments; required once a "
                + "department runs self-managed.") SelfManagedConnect selfManagedConnect,
        @Pattern(regexp = NamePatterns.READ_PATH)
        @JsonPropertyDescription("Folder of the department descriptors, relative to this platform file. Commands "
                + "read it when no descriptor PATH is given.") String descriptors,
        @JsonPropertyDescription("What each department may reach of the shared account and cluster: the secrets it "
                + "may reference, the buckets its IAM roles may use, and whether its metrics reader sees the "
                + "cluster's metrics. Omit for the defaults ({prefix}/ secrets, {prefix}- buckets, no metrics "
                + "reader binding).") Isolation isolation) {

    public Platform {
        isolation = isolation == null ? Isolation.DEFAULTS : isolation;
    }

    /** The Terraform state bucket (holding every department's state), or null for local state. */
    public String stateBucket() {
        return terraform == null || terraform.backend() == null || terraform.backend().s3() == null ? null
                : terraform.backend().s3().bucket();
    }
}
