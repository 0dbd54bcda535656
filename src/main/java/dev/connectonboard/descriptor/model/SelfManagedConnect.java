package dev.connectonboard.descriptor.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * What the platform gives self-managed departments: the worker images it builds (and what each holds) and the
 * network through which its deploy pipeline reaches the workers' REST API.
 */
public record SelfManagedConnect(
        @JsonProperty(required = true) @Size(min = 1, max = 20)
        @JsonPropertyDescription("Worker images the platform builds (see examples/connect-worker/Dockerfile); a "
                + "self-managed department names one in connect.selfManaged.image.") List<WorkerImage> workerImages,
        @JsonProperty(required = true)
        @JsonPropertyDescription("How the deploy network reaches the workers' REST API.") RestAccess rest) {

    public SelfManagedConnect {
        workerImages = workerImages == null ? List.of() : List.copyOf(workerImages);
    }

    /** One image: where it is, the Kafka version inside, its secrets config provider and connector plugins. */
    public record WorkerImage(
            @JsonProperty(required = true) @Pattern(regexp = NamePatterns.SHORT_NAME)
            @JsonPropertyDescription("Short name departments use, e.g. connect-7-9.") String name,
            @JsonProperty(required = true) @Pattern(regexp = NamePatterns.IMAGE)
            @JsonPropertyDescription("Image reference, ideally pinned by digest.") String image,
            @JsonProperty(required = true) @Pattern(regexp = NamePatterns.PLUGIN_VERSION)
            @JsonPropertyDescription("Apache Kafka version of the image's Connect runtime (3.9 for Confluent "
                    + "Platform 7.9); at least 3.5, for initial_state and stop.") String kafkaVersion,
            @JsonProperty(required = true)
            @JsonPropertyDescription("The AWS Secrets Manager config provider installed in the image.")
            Plugin configProvider,
            @JsonProperty(required = true) @Size(min = 1, max = 100)
            @JsonPropertyDescription("Connector plugins installed in the image.") List<Plugin> plugins) {

        public WorkerImage {
            plugins = plugins == null ? List.of() : List.copyOf(plugins);
        }

        public boolean holds(String connectorClass) {
            return plugins.stream().anyMatch(plugin -> plugin.javaClass().equals(connectorClass));
        }
    }

    /** An installed plugin: its Java class and version. */
    public record Plugin(
            @JsonProperty(value = "class", required = true) @Pattern(regexp = NamePatterns.JAVA_CLASS)
            @JsonPropertyDescription("Fully qualified Java class.") String javaClass,
            @JsonProperty(required = true) @Pattern(regexp = NamePatterns.PLUGIN_VERSION)
            @JsonPropertyDescription("Installed version.") String version) {
    }

    /**
     * The workers' REST API sits behind an internal Network Load Balancer with a TLS listener: the address is stable
     * across task restarts and only the deploy network's CIDRs may connect.
     */
    public record RestAccess(
            @JsonProperty(required = true) @Pattern(regexp = NamePatterns.VPC_ID)
            @JsonPropertyDescription("VPC of the workers and the load balancer.") String vpcId,
            @JsonProperty(required = true) @Size(min = 1, max = 6)
            @JsonPropertyDescription("Private subnets of the internal load balancer.")
            List<@Pattern(regexp = NamePatterns.SUBNET_ID) String> subnetIds,
            @JsonProperty(required = true) @Size(min = 1, max = 20)
            @JsonPropertyDescription("The deploy network (the runners of terraform apply and status): the only "
                    + "sources allowed to reach the REST API.")
            List<@Pattern(regexp = NamePatterns.IPV4_CIDR) String> deployCidrs,
            @JsonProperty(required = true) @Pattern(regexp = NamePatterns.ACM_CERTIFICATE_ARN)
            @JsonPropertyDescription("ACM certificate of the TLS listener, covering <prefix>-connect.<domain>; REST "
                    + "credentials never travel in clear.") String certificateArn,
            @JsonProperty(required = true) @Pattern(regexp = NamePatterns.ROUTE53_ZONE_ID)
            @JsonPropertyDescription("Private Route 53 zone of the stable REST names.") String privateZoneId,
            @JsonProperty(required = true) @Pattern(regexp = NamePatterns.HOSTNAME)
            @JsonPropertyDescription("Domain of that zone: each department's workers answer at "
                    + "https://<prefix>-connect.<domain>.") String domain) {

        public RestAccess {
            subnetIds = subnetIds == null ? List.of() : List.copyOf(subnetIds);
            deployCidrs = deployCidrs == null ? List.of() : List.copyOf(deployCidrs);
        }
    }
}
