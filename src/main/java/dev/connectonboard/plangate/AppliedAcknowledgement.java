package dev.connectonboard.plangate;

/** The acknowledgement that lets a change through: where it is written and why. */
public record AppliedAcknowledgement(String subject, String action, Source source, String reason) {
}
