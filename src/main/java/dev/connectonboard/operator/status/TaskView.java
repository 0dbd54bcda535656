package dev.connectonboard.operator.status;

import java.util.Locale;
import java.util.Set;

/**
 * One task of a connector.
 *
 * @param message the task's error, shortened by {@link TraceShortener}; empty when it has none
 */
public record TaskView(int id, String state, String message) {
    private static final Set<String> FAILED_STATES = Set.of("FAILED", "USER_ACTIONABLE_ERROR");

    public TaskView {
        message = message == null ? "" : message;
    }

    public boolean failed() {
        return state != null && FAILED_STATES.contains(state.toUpperCase(Locale.ROOT));
    }

    /** A task is worth its own line when it failed or says something; a paused task of a paused connector is not. */
    public boolean worthMentioning() {
        return failed() || !message.isEmpty();
    }
}
