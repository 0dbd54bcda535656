package dev.connectonboard.connect;

import java.util.List;

/**
 * The worker's verdict on a connector config ({@code PUT /connector-plugins/{class}/config/validate}): every setting
 * with an error, in the worker's order. Error texts are the worker's own, with any value it resolved from a config
 * provider replaced by {@code ***}.
 */
public record ConfigValidation(String connectorClass, List<FieldError> errors) {

    public ConfigValidation {
        errors = List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    public record FieldError(String key, List<String> messages) {
        public FieldError {
            messages = List.copyOf(messages);
        }
    }
}
