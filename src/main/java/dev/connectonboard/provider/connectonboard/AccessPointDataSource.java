package dev.connectonboard.provider.connectonboard;

import dev.connectonboard.confluent.AccessPointStatus;
import dev.connectonboard.confluent.ConfluentApiException;
import dev.connectonboard.confluent.ConfluentCloudClient;
import dev.connectonboard.confluent.Sleeper;
import dev.connectonboard.provider.cty.CtyType;
import dev.connectonboard.provider.schema.Attribute;
import dev.connectonboard.provider.schema.Block;
import dev.connectonboard.provider.spi.AttributePath;
import dev.connectonboard.provider.spi.Config;
import dev.connectonboard.provider.spi.DataSource;
import dev.connectonboard.provider.spi.Diagnostics;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code connectonboard_access_point}: waits until a Private Link access point is {@code READY}, so connectors that
 * depend on it are created only once traffic can flow. The Confluent provider's {@code confluent_access_point}
 * finishes its create as soon as the access point leaves {@code PROVISIONING}, {@code PENDING_ACCEPT} included (the
 * review in issue 11; {@code waitForAccessPointToProvision} in terraform-provider-confluent), and 2.83 exposes no
 * status attribute, so this reads {@code status.phase} from the Networking API itself. A phase other than
 * {@code READY} at the end of the wait fails the read with what to do: an endpoint service that requires
 * acceptance needs its owner to accept the connection.
 */
final class AccessPointDataSource implements DataSource<ConfiguredProvider> {
    static final String ID = "access_point_id";
    static final String ENVIRONMENT = "environment_id";
    static final String TIMEOUT = "timeout_seconds";
    static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration POLL = Duration.ofSeconds(10);

    private final Sleeper sleeper;

    AccessPointDataSource() {
        this(Sleeper.system());
    }

    /** @param sleeper waits between reads (a seam for tests) */
    AccessPointDataSource(Sleeper sleeper) {
        this.sleeper = sleeper;
    }

    @Override
    public String typeName() {
        return "connectonboard_access_point";
    }

    @Override
    public Block schema() {
        return Block.of("A Private Link egress access point, read until its status is READY (or the timeout "
                        + "passes). Connectors that use the endpoint depend on it.",
                Attribute.required(ID, CtyType.STRING, "The access point (ap-...), e.g. confluent_access_point.x.id."),
                Attribute.required(ENVIRONMENT, CtyType.STRING, "Its Confluent environment (env-...)."),
                Attribute.optional(TIMEOUT, CtyType.NUMBER, "How long to wait for READY (default 600 seconds); "
                        + "0 reads once."),
                Attribute.optional("service_owner", CtyType.STRING, "\"platform\" when Terraform accepts the "
                        + "endpoint connection, \"external\" when the endpoint service's owner does; only changes the "
                        + "advice given while the access point waits for acceptance."),
                Attribute.computed("phase", CtyType.STRING, "The access point's status.phase: READY once read."),
                Attribute.computed("vpc_endpoint_id", CtyType.STRING,
                        "The VPC endpoint Confluent created (vpce-...), as the status reports it; null if absent."));
    }

    @Override
    public void validate(Config config, Diagnostics diagnostics) {
        if (!config.isUnknown(TIMEOUT)) {
            config.number(TIMEOUT).filter(seconds -> seconds.signum() < 0 || seconds.compareTo(BigDecimal.valueOf(
                    3600)) > 0).ifPresent(bad -> diagnostics.error(AttributePath.attribute(TIMEOUT),
                    "Timeout out of range", "timeout_seconds must be between 0 and 3600; it is " + bad + "."));
        }
    }

    @Override
    public Map<String, Object> read(Config config, ConfiguredProvider provider, Diagnostics diagnostics) {
        String id = config.string(ID).orElseThrow();
        String environment = config.string(ENVIRONMENT).orElseThrow();
        boolean external = config.string("service_owner").map("external"::equals).orElse(false);
        Duration timeout = config.number(TIMEOUT).map(s -> Duration.ofSeconds(s.longValue())).orElse(DEFAULT_TIMEOUT);
        AccessPointStatus status;
        try (ConfluentCloudClient client = provider.client()) {
            status = await(client, environment, id, timeout);
        } catch (ConfluentApiException failure) {
            Diagnose.failure(diagnostics, AttributePath.attribute(ID), "Access point " + id, failure);
            return null;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            diagnostics.error(AttributePath.attribute(ID), "Stopped waiting for access point " + id,
                    "Terraform stopped the provider while it waited; run apply again.");
            return null;
        }
        if (!status.ready()) {
            diagnostics.error(AttributePath.attribute(ID), "Access point " + id + " is " + status.phase()
                    + ", not READY", advice(status, external, timeout));
            return null;
        }
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("phase", status.phase());
        state.put("vpc_endpoint_id", status.vpcEndpointId());
        return state;
    }

    /** Reads until READY, a phase that will not become READY by waiting, or the timeout. */
    private AccessPointStatus await(ConfluentCloudClient client, String environment, String id, Duration timeout)
            throws InterruptedException {
        Duration waited = Duration.ZERO;
        AccessPointStatus status = client.accessPoint(environment, id);
        while (status.waiting() && waited.compareTo(timeout) < 0) {
            sleeper.sleep(POLL);
            waited = waited.plus(POLL);
            status = client.accessPoint(environment, id);
        }
        return status;
    }

    static String advice(AccessPointStatus status, boolean external, Duration timeout) {
        String endpoint = status.vpcEndpointId() == null ? "Confluent's VPC endpoint" : status.vpcEndpointId();
        if (AccessPointStatus.PENDING_ACCEPT.equals(status.phase())) {
            return (external
                    ? "The endpoint service belongs to another AWS account: its owner must accept the connection "
                    + "request from " + endpoint + " (VPC console > Endpoint services > Endpoint connections > Accept, "
                    + "or aws ec2 accept-vpc-endpoint-connections --service-id <vpce-svc-...> --vpc-endpoint-ids "
                    + endpoint + ")"
                    : "Terraform accepted the connection of " + endpoint + " but Confluent still reports "
                    + "PENDING_ACCEPT; check the connection on the endpoint service")
                    + ". The connectors that use this endpoint are created by the next apply once it is READY "
                    + "(waited " + timeout.toSeconds() + " s).";
        }
        if (status.waiting()) {
            return "Still provisioning after " + timeout.toSeconds() + " s; run apply again later.";
        }
        return "Confluent reports " + status.phase()
                + (status.errorMessage() == null ? "" : " (" + status.errorCode() + ": " + status.errorMessage() + ")")
                + ". Check that the endpoint service allows the egress gateway's principal (output "
                + "gateway_principal_arn of the department module), then replace the access point.";
    }
}
