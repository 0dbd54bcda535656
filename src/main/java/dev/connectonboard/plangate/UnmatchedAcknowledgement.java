package dev.connectonboard.plangate;

/** An acknowledgement in the descriptor that no change of the plan needs: stale, misspelt, or the wrong action. */
public record UnmatchedAcknowledgement(String subject, String action, Source source, String message) {
}
