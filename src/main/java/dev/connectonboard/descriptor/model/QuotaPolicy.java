package dev.connectonboard.descriptor.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import java.util.Map;
import java.util.TreeMap;

@JsonClassDescription("The platform team's connector quotas: defaults for every department, overrides by name.")
public record QuotaPolicy(
        @JsonProperty(required = true) @JsonPropertyDescription("Always connect-onboard/v1.") String apiVersion,
        @JsonProperty(required = true) @JsonPropertyDescription("Always QuotaPolicy.") String kind,
        @JsonProperty(required = true) QuotaLimits defaults,
        @JsonPropertyDescription("Overrides by department name; absent fields inherit the defaults.")
        Map<String, QuotaOverride> departments) {

    public QuotaPolicy {
        departments = departments == null ? Map.of() : new TreeMap<>(departments);
    }

    /** The limits that apply to one department: its override where given, else the defaults. */
    public QuotaLimits effectiveLimits(String department) {
        QuotaOverride override = departments.get(department);
        return override == null ? defaults : override.applyTo(defaults);
    }
}
