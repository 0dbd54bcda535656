package dev.connectonboard.quota;

import java.util.List;
import java.util.Set;

/**
 * What the generated Terraform of one department creates that counts against native Confluent Cloud quotas. The
 * one place these numbers live: change them here when the generated modules change.
 */
public final class DepartmentFootprint {
    /**
     * Service accounts per department, by the middle of their display name: {@code <prefix>-connectors-<platform>}
     * and so on, exactly as modules/service-accounts names them (service accounts are organization-wide, so the
     * platform name keeps two environments' accounts apart).
     */
    public static final List<String> SERVICE_ACCOUNT_SUFFIXES = List.of("connectors", "operators", "metrics-reader");
    /** Kafka cluster API keys per department (connectors and operators). */
    public static final int CLUSTER_API_KEYS = 2;
    /** Cloud API keys per department (the metrics reader). */
    public static final int CLOUD_API_KEYS = 1;

    /** Native quota codes the plan is held against. */
    public static final String SERVICE_ACCOUNTS_PER_ORG = "iam.max_service_accounts.per_org";
    public static final String API_KEYS_PER_CLUSTER = "kafka.max_api_keys.per_cluster";
    public static final String CLOUD_API_KEYS_PER_ORG = "iam.max_cloud_api_keys.per_org";
    public static final List<String> ORGANIZATION_QUOTAS = List.of(SERVICE_ACCOUNTS_PER_ORG, CLOUD_API_KEYS_PER_ORG);
    public static final List<String> CLUSTER_QUOTAS = List.of(API_KEYS_PER_CLUSTER);

    private DepartmentFootprint() {
    }

    public static List<String> serviceAccountNames(String prefix, String platform) {
        return SERVICE_ACCOUNT_SUFFIXES.stream().map(role -> prefix + "-" + role + "-" + platform).toList();
    }

    /**
     * What applying this department's plan would add. A department whose service accounts all exist adds nothing;
     * otherwise the missing accounts and, conservatively, all its keys (keys cannot be tied to a department without
     * one more API call per account).
     */
    public static Additions additions(String prefix, String platform, Set<String> existingServiceAccounts) {
        long missing = serviceAccountNames(prefix, platform).stream().filter(name -> !existingServiceAccounts.contains(name))
                .count();
        return missing == 0 ? new Additions(0, 0, 0)
                : new Additions((int) missing, CLUSTER_API_KEYS, CLOUD_API_KEYS);
    }

    /** New objects by kind. */
    public record Additions(int serviceAccounts, int clusterApiKeys, int cloudApiKeys) {

        public int of(String quotaCode) {
            return switch (quotaCode) {
                case SERVICE_ACCOUNTS_PER_ORG -> serviceAccounts;
                case API_KEYS_PER_CLUSTER -> clusterApiKeys;
                case CLOUD_API_KEYS_PER_ORG -> cloudApiKeys;
                default -> throw new IllegalArgumentException("no footprint for " + quotaCode);
            };
        }
    }
}
