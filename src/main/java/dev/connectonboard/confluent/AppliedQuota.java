package dev.connectonboard.confluent;

/**
 * One native Confluent Cloud quota ({@code GET /service-quota/v1/applied-quotas}).
 *
 * @param id     the quota code, e.g. {@code iam.max_service_accounts.per_org}
 * @param usage  current usage; null when Confluent reports none (it only reports non-zero usage, and not for all codes)
 * @param userId the principal, for service_account and user_account scopes
 */
public record AppliedQuota(String id, String scope, String displayName, int defaultLimit, int appliedLimit,
                           Integer usage, String organizationId, String environmentId, String kafkaClusterId,
                           String userId) {
}
