package dev.connectonboard.quota;

/**
 * A Confluent Cloud quota as applied to this organization or cluster.
 *
 * @param usage current usage; Confluent omits it when zero, which the reader turns into 0
 */
public record NativeQuota(String code, String displayName, int limit, int usage) {
}
