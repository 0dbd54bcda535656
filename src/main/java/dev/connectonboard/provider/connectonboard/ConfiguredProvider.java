package dev.connectonboard.provider.connectonboard;

import dev.connectonboard.confluent.ConfluentCloudClient;
import dev.connectonboard.confluent.LiveConnector;
import dev.connectonboard.descriptor.InputLoader;
import dev.connectonboard.descriptor.InputSet;
import dev.connectonboard.descriptor.model.ConfluentSettings;
import dev.connectonboard.quota.QuotaCheck;
import dev.connectonboard.quota.QuotaReport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The provider after ConfigureProvider. Terraform reads every data source of a plan in one provider process, often
 * in parallel, so the quota check and the connector listing run once per process and mode, not once per department.
 */
final class ConfiguredProvider {
    private final ProviderSettings settings;
    private final Memo<Boolean, QuotaReport> reports;
    private final Memo<ConfluentSettings, Map<String, LiveConnector>> liveConnectors;

    ConfiguredProvider(ProviderSettings settings) {
        this.settings = settings;
        this.reports = new Memo<>(offline -> new QuotaCheck(this::client).run(new QuotaCheck.Request(
                settings.platformFile(), settings.quotasFile().orElseThrow(), settings.descriptors(), offline)));
        this.liveConnectors = new Memo<>(confluent -> {
            try (ConfluentCloudClient client = client()) {
                return client.listConnectors(confluent.environmentId(), confluent.kafkaCluster().id());
            }
        });
    }

    ProviderSettings settings() {
        return settings;
    }

    /** The same check {@code connect-onboard quota check} runs, over every descriptor the provider was given. */
    QuotaReport quotaReport(boolean offline) {
        return reports.get(offline);
    }

    /** The platform file and every descriptor, validated the way every command validates them. */
    InputSet inputs() {
        List<Path> paths = new ArrayList<>();
        paths.add(settings.platformFile());
        paths.addAll(settings.descriptors());
        return InputLoader.load(paths);
    }

    /** Every connector of the platform's cluster, with status and error traces, from one call. */
    Map<String, LiveConnector> liveConnectors(ConfluentSettings confluent) {
        return liveConnectors.get(confluent);
    }

    private ConfluentCloudClient client() {
        return ConfluentCloudClient.fromEnvironment(settings.environment());
    }
}
