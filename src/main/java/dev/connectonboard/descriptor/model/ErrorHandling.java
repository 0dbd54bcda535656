package dev.connectonboard.descriptor.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

public record ErrorHandling(
        @JsonProperty(defaultValue = "none")
        @JsonPropertyDescription("none: stop on the first bad record; all: skip bad records.") ErrorTolerance tolerance,
        @JsonProperty(defaultValue = "false")
        @JsonPropertyDescription("Create <prefix>.dlq.<connector> and send bad records there (needs tolerance: all).")
        Boolean deadLetterQueue) {

    static final ErrorHandling DEFAULT = new ErrorHandling(ErrorTolerance.NONE, false);

    public ErrorHandling {
        tolerance = tolerance == null ? ErrorTolerance.NONE : tolerance;
        deadLetterQueue = deadLetterQueue != null && deadLetterQueue;
    }
}
