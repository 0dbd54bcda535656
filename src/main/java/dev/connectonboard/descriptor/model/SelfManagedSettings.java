package dev.connectonboard.descriptor.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

public record SelfManagedSettings(
        @JsonProperty(required = true) @Min(1) @Max(20)
        @JsonPropertyDescription("Number of Connect workers (ECS tasks).") Integer workers,
        @JsonProperty(required = true) @Pattern(regexp = NamePatterns.SHORT_NAME)
        @JsonPropertyDescription("One of the platform's worker images (selfManagedConnect.workerImages), by name; "
                + "every connector's class must be installed in it.") String image,
        @JsonProperty(required = true) @Min(256) @Max(16384)
        @JsonPropertyDescription("Fargate CPU units per worker (256, 512, 1024, 2048, 4096, ...).") Integer cpu,
        @JsonProperty(required = true) @Min(512) @Max(122880)
        @JsonPropertyDescription("Fargate memory (MiB) per worker.") Integer memory,
        @JsonProperty(required = true) @Size(min = 1, max = 16)
        List<@Pattern(regexp = NamePatterns.SUBNET_ID) String> subnetIds,
        @JsonProperty(required = true) @Size(min = 1, max = 5)
        List<@Pattern(regexp = NamePatterns.SECURITY_GROUP_ID) String> securityGroupIds,
        @Min(1) @Max(3653) @JsonProperty(defaultValue = "30")
        @JsonPropertyDescription("Retention of the workers' CloudWatch log group, in days (default 30).")
        Integer logRetentionDays) {

    public SelfManagedSettings {
        subnetIds = subnetIds == null ? List.of() : List.copyOf(subnetIds);
        securityGroupIds = securityGroupIds == null ? List.of() : List.copyOf(securityGroupIds);
        logRetentionDays = logRetentionDays == null ? 30 : logRetentionDays;
    }
}
