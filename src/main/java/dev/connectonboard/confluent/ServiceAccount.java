package dev.connectonboard.confluent;

/** A service account ({@code GET /iam/v2/service-accounts}); departments are told apart by display name. */
public record ServiceAccount(String id, String displayName, String description) {
}
