package dev.connectonboard.descriptor.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Whether a department's metrics reader gets Confluent's {@code MetricsViewer} role, and where. The role binds at the
 * organization, an environment or a cluster, nothing narrower (Confluent's role table: "MetricsViewer: Organization,
 * Environment, Kafka, or Connect cluster", https://docs.confluent.io/cloud/current/usm/usm-rbac.html; predefined
 * roles: https://docs.confluent.io/cloud/current/security/access-control/rbac/predefined-rbac-roles.html), so on the
 * shared cluster it always shows every department's metrics: hence no binding unless the platform opts in.
 */
public enum MetricsReader {
    /** No MetricsViewer binding: the metrics reader's Cloud API key reads nothing. */
    @JsonProperty("none") NONE,
    /** MetricsViewer on the platform's Kafka cluster (never the organization): every metric of that cluster. */
    @JsonProperty("cluster") CLUSTER;

    public String yamlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
