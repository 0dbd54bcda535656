package dev.connectonboard.descriptor.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** One entry of {@code catalog/self-managed.yaml}: a class self-managed workers run and what it needs. */
public record SelfManagedClass(
        @JsonProperty(value = "class", required = true) String javaClass,
        @JsonProperty(required = true) String managedId,
        @JsonProperty(required = true) String direction,
        List<String> required,
        List<String> passwords) {

    public SelfManagedClass {
        required = required == null ? List.of() : List.copyOf(required);
        passwords = passwords == null ? List.of() : List.copyOf(passwords);
    }
}
