package dev.connectonboard.provider.connectonboard;

import dev.connectonboard.confluent.ConfluentCloudClient;
import dev.connectonboard.descriptor.InputLoader;
import dev.connectonboard.descriptor.InputSet;
import dev.connectonboard.operator.status.RestSelfManagedWorkers;
import dev.connectonboard.operator.status.SelfManagedWorkers;
import dev.connectonboard.operator.status.StatusReader;
import dev.connectonboard.operator.status.StatusReport;
import dev.connectonboard.quota.QuotaCheck;
import dev.connectonboard.quota.QuotaReport;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The provider after ConfigureProvider. Terraform reads every data source of a plan in one provider process, often
 * in parallel, so the quota check runs once per process and mode, not once per department.
 */
final class ConfiguredProvider {
    private final ProviderSettings settings;
    private final ConnectWorkers workers;
    private final Memo<Boolean, QuotaReport> reports;
    private final Memo<String, StatusReport> statusReports;

    ConfiguredProvider(ProviderSettings settings, ConnectWorkers workers) {
        this.settings = settings;
        this.workers = workers;
        this.reports = new Memo<>(offline -> new QuotaCheck(this::client).run(new QuotaCheck.Request(
                settings.platformFile(), settings.quotasFile().orElseThrow(), settings.descriptors(), offline)));
        this.statusReports = new Memo<>(department -> {
            InputSet inputs = inputs();
            try (ConfluentCloudClient client = client()) {
                return new StatusReader(client, Clock.systemUTC(), selfManagedWorkers()).read(new StatusReader.Request(
                        inputs.platformFrom(settings.platformFile()), inputs.departments(), department));
            }
        });
    }

    /**
     * Where {@code connectonboard_connector_status} reads a self-managed department's connectors: the workers the
     * provider block names ({@code connect_rest_*}, the same REST client {@code connectonboard_connector} uses).
     */
    private SelfManagedWorkers selfManagedWorkers() {
        if (workers instanceof ConnectWorkers.Known known) {
            return RestSelfManagedWorkers.through(known.client());
        }
        String why = workers instanceof ConnectWorkers.NotYetKnown
                ? "the workers' REST address or credentials are only known after apply (they are created in this run)"
                : "the provider block sets no connect_rest_url";
        return (platform, department) -> {
            throw new SelfManagedWorkers.WorkersUnavailable(why);
        };
    }

    /** The department's self-managed workers, as the provider block names them. */
    ConnectWorkers workers() {
        return workers;
    }

    ProviderSettings settings() {
        return settings;
    }

    /** The same check {@code connect-onboard quota check} runs, over every descriptor the provider was given. */
    QuotaReport quotaReport(boolean offline) {
        return reports.get(offline);
    }

    private InputSet inputs() {
        return InputLoader.load(settings.platformFile(), settings.descriptors());
    }

    /** What {@code connect-onboard status --department} reports for one department. */
    StatusReport statusReport(String department) {
        return statusReports.get(department);
    }

    /** A Confluent Cloud client with the credentials Terraform passed; the caller closes it. */
    ConfluentCloudClient client() {
        return ConfluentCloudClient.fromEnvironment(settings.environment());
    }
}
