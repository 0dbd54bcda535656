package dev.connectonboard.confluent;

/**
 * One task of a connector as Connect reports it. {@code state} is an open string (RUNNING, FAILED, PAUSED,
 * USER_ACTIONABLE_ERROR, ...); {@code msg} and {@code trace} are null when the API leaves them out or sends "".
 */
public record TaskState(int id, String state, String msg, String trace) {
}
