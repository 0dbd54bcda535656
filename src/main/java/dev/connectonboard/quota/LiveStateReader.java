package dev.connectonboard.quota;

import dev.connectonboard.confluent.AppliedQuota;
import dev.connectonboard.confluent.ConfluentCloudClient;
import dev.connectonboard.confluent.LiveConnector;
import dev.connectonboard.confluent.QuotaScope;
import dev.connectonboard.confluent.ServiceAccount;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads what the check needs from Confluent Cloud: one connector listing for the cluster, the organization and
 * cluster quotas, and the service account names. Any failure propagates: the check never decides on partial data.
 */
public final class LiveStateReader {

    private LiveStateReader() {
    }

    public static LiveState read(ConfluentCloudClient client, String environmentId, String kafkaClusterId) {
        Map<String, LiveConnectorUsage> connectors = new HashMap<>();
        for (LiveConnector connector : client.listConnectors(environmentId, kafkaClusterId).values()) {
            connectors.put(connector.name(), new LiveConnectorUsage(connector.name(), connector.connectorClass(),
                    connector.tasksMax()));
        }
        Map<String, NativeQuota> quotas = new HashMap<>();
        collect(client.appliedQuotas(QuotaScope.ORGANIZATION, Map.of()), DepartmentFootprint.ORGANIZATION_QUOTAS,
                null, quotas);
        collect(client.appliedQuotas(QuotaScope.KAFKA_CLUSTER,
                        Map.of("environment", environmentId, "kafka_cluster", kafkaClusterId)),
                DepartmentFootprint.CLUSTER_QUOTAS, kafkaClusterId, quotas);
        Set<String> accountNames = new HashSet<>();
        for (ServiceAccount account : client.serviceAccounts()) {
            if (account.displayName() != null) {
                accountNames.add(account.displayName());
            }
        }
        return LiveState.online(connectors, quotas, accountNames);
    }

    private static void collect(List<AppliedQuota> applied, List<String> wanted, String kafkaClusterId,
                                Map<String, NativeQuota> into) {
        for (AppliedQuota quota : applied) {
            boolean otherCluster = kafkaClusterId != null && quota.kafkaClusterId() != null
                    && !kafkaClusterId.equals(quota.kafkaClusterId());
            if (wanted.contains(quota.id()) && !otherCluster) {
                // Confluent reports usage only when it is not zero
                into.put(quota.id(), new NativeQuota(quota.id(), quota.displayName(), quota.appliedLimit(),
                        quota.usage() == null ? 0 : quota.usage()));
            }
        }
    }
}
