package dev.connectonboard.descriptor.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import java.util.Map;
import java.util.TreeMap;

public record Topic(
        @JsonProperty(required = true) @Pattern(regexp = NamePatterns.TOPIC_NAME)
        @JsonPropertyDescription("Topic name; starts with <prefix>. or <prefix>-.") String name,
        @Min(1) @Max(1000) @JsonProperty(defaultValue = "6")
        @JsonPropertyDescription("Partition count (default 6).") Integer partitions,
        @Min(-1) @Max(876000)
        @JsonPropertyDescription("retention.ms in hours; -1 keeps records forever. Omit for the cluster default.")
        Integer retentionHours,
        @ScalarValues
        @JsonPropertyDescription("Other topic configs, passed through as strings.")
        Map<@Pattern(regexp = NamePatterns.CONFIG_KEY) String, String> config) {

    public Topic {
        partitions = partitions == null ? 6 : partitions;
        config = config == null ? Map.of() : new TreeMap<>(config);
    }
}
