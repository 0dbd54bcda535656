package dev.connectonboard.provider.connectonboard;

import dev.connectonboard.provider.cty.CtyType;
import dev.connectonboard.provider.schema.Attribute;
import dev.connectonboard.provider.schema.Block;
import dev.connectonboard.provider.spi.Config;
import dev.connectonboard.provider.spi.DataSource;
import dev.connectonboard.provider.spi.Diagnostics;
import dev.connectonboard.provider.spi.ProviderDefinition;
import dev.connectonboard.provider.spi.Resource;

import java.util.List;
import java.util.Map;

/**
 * The {@code connectonboard} provider: the quota gate and connector status inside {@code terraform plan}, and
 * self-managed departments' connectors as managed resources.
 */
public final class ConnectOnboardProvider implements ProviderDefinition<ConfiguredProvider> {
    private final Map<String, String> environment;

    /** Reads Confluent Cloud credentials from this process's environment, as Terraform passed it. */
    public ConnectOnboardProvider() {
        this(System.getenv());
    }

    /** @param environment where {@code CONFLUENT_CLOUD_*} credentials and URL overrides come from */
    public ConnectOnboardProvider(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public String typeName() {
        return "connectonboard";
    }

    @Override
    public Block schema() {
        return Block.of("Reads connect-onboard's platform file, quota policy and department descriptors. Confluent "
                        + "Cloud credentials come from `CONFLUENT_CLOUD_API_KEY` and `CONFLUENT_CLOUD_API_SECRET`, as "
                        + "for `connect-onboard quota check`; `CONFLUENT_CLOUD_API_URL` overrides the API address.",
                Attribute.required("platform_file", CtyType.STRING, "Path to the platform file (`kind: Platform`)."),
                Attribute.optional("quotas_file", CtyType.STRING,
                        "Path to the quota policy (`kind: QuotaPolicy`); required by `connectonboard_quota`."),
                Attribute.optional("descriptors", CtyType.list(CtyType.STRING),
                        "Department descriptor files or folders (`kind: DepartmentOnboarding`)."),
                Attribute.optional(ConnectWorkers.URL, CtyType.STRING, "The REST API of the department's "
                        + "self-managed Kafka Connect workers (https; the `connect_rest_url` output of the department "
                        + "module); required by `connectonboard_connector`. May be unknown until the workers exist."),
                Attribute.optional(ConnectWorkers.USERNAME, CtyType.STRING,
                        "REST user of the workers' basic-auth REST extension."),
                Attribute.optional(ConnectWorkers.PASSWORD, CtyType.STRING,
                        "Its password (from the department module's sensitive output).").asSensitive());
    }

    @Override
    public ConfiguredProvider configure(Config config, Diagnostics diagnostics) {
        ProviderSettings settings = ProviderSettings.from(config, environment, diagnostics);
        ConnectWorkers workers = ConnectWorkers.from(config, diagnostics);
        return settings == null || workers == null ? null : new ConfiguredProvider(settings, workers);
    }

    @Override
    public List<DataSource<ConfiguredProvider>> dataSources() {
        return List.of(new QuotaDataSource(), new ConnectorStatusDataSource(), new AccessPointDataSource());
    }

    @Override
    public List<Resource<ConfiguredProvider>> resources() {
        return List.of(new ConnectorResource());
    }
}
