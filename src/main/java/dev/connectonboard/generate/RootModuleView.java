package dev.connectonboard.generate;

import java.util.List;
import java.util.Map;

/**
 * Everything the root-module templates print for one department, computed in Java: the templates only place these
 * values, always through {@code hcl(...)}.
 */
public record RootModuleView(
        List<String> header,
        String departmentName,
        String prefix,
        List<String> owners,
        String costCenter,
        String runtime,
        String descriptorFile,
        String modulesSource,
        PlatformView platform,
        IsolationView isolation,
        VersionsView versions,
        BackendView backend,
        QuotaGateView quotaGate,
        SelfManagedView selfManaged,
        List<TopicView> topics,
        List<EndpointView> privateLinkEgress,
        List<IamRoleView> iamRoles,
        List<ConnectorView> connectors,
        List<SelfManagedConnectorView> selfManagedConnectors,
        List<ImportView> imports,
        OffboardView offboard) {

    /**
     * A Terraform {@code import} block: a resource that exists already (connect-onboard adopt) and the id the
     * provider's importer expects.
     */
    public record ImportView(String what, String address, String id) {
    }

    /**
     * The reduced root of a department being removed.
     *
     * @param keptTopics           topics moved to a root-level address, then released from state
     * @param deletedTopics        the department's topics that the apply deletes
     * @param restUrl              self-managed only: the workers' REST API, for deleting the connectors
     * @param restCredentialsSecret self-managed only: the secret holding the REST user and password
     */
    public record OffboardView(List<KeptTopicView> keptTopics, List<String> deletedTopics, String restUrl,
                               String restCredentialsSecret) {
    }

    /** A kept topic: {@code moved} from its module address to {@code to}, then {@code removed} without destroy. */
    public record KeptTopicView(String topic, String from, String to) {
    }

    public record PlatformView(String name, String organizationId, String environmentId, String kafkaClusterId,
                               String kafkaRestEndpoint, String cloud, String region, String egressGatewayId,
                               String awsAccountId, String awsRegion, String operatorConnectorRole,
                               int secretRecoveryWindowDays) {
    }

    /**
     * The platform's isolation section resolved for this department: the start of its secret names and buckets, its
     * allowlisted buckets, the state bucket every department is refused, and the metrics reader's binding.
     */
    public record IsolationView(String secretNamePrefix, String bucketNamePrefix, List<String> bucketAllowlist,
                                String stateBucket, String metricsReader) {
    }

    /** The effective constraints: what the modules and the backend need, and what the platform file allows. */
    public record VersionsView(String terraform, String confluentProvider, String awsProvider) {
    }

    public record BackendView(String bucket, String key, String region, boolean useLockfile, String dynamodbTable) {
    }

    public record QuotaGateView(String providerSource, String platformFile, String quotasFile,
                                List<String> descriptors, boolean enforce) {
    }

    /** @param platformFile the platform file relative to the root module, for the connectonboard provider */
    public record SelfManagedView(int workers, String image, int cpu, int memory, List<String> subnetIds,
                                  List<String> securityGroupIds, int logRetentionDays, RestAccessView rest,
                                  String providerSource, String platformFile) {
    }

    public record RestAccessView(String vpcId, List<String> subnetIds, List<String> deployCidrs,
                                 String certificateArn, String privateZoneId, String domain) {
    }

    /**
     * A {@code connectonboard_connector}: its complete config as literals, and the keys whose value is the Kafka
     * bootstrap address the department module knows.
     */
    public record SelfManagedConnectorView(String name, String state, Map<String, String> config,
                                           List<String> bootstrapKeys) {
    }

    public record TopicView(String name, int partitions, Map<String, String> config) {
    }

    public record EndpointView(String name, String vpcEndpointServiceName, List<String> dnsDomains) {
    }

    public record IamRoleView(String name, List<String> s3Buckets, String s3Access, List<String> kmsKeyArns) {
    }

    public record SecretView(String secretId, String key) {
    }

    public record ConnectorView(String name, String connectorClass, String direction, int tasks, boolean paused,
                                boolean keepRunning, List<String> topics, String iamRole, String privateLink, Map<String, String> config,
                                Map<String, SecretView> secrets, String errorsTolerance, boolean deadLetterQueue,
                                String deadLetterQueueTopic, String createsTopicsUnder) {
    }
}
