package dev.connectonboard.descriptor.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.Pattern;

public record QuotaGateSettings(
        @JsonProperty(required = true) @Pattern(regexp = NamePatterns.RELATIVE_PATH)
        @JsonPropertyDescription("Quota policy file, relative to this platform file.") String quotasFile,
        @JsonProperty(defaultValue = "true")
        @JsonPropertyDescription("Fail terraform plan when the department is over quota (default true).")
        Boolean enforce) {

    public boolean enforced() {
        return enforce == null || enforce;
    }
}
