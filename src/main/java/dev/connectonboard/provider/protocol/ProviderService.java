package dev.connectonboard.provider.protocol;

import dev.connectonboard.provider.cty.CtyCodecException;
import dev.connectonboard.provider.cty.Unknown;
import dev.connectonboard.provider.proto.tfplugin6.ProviderGrpc;
import dev.connectonboard.provider.proto.tfplugin6.Tfplugin6;
import dev.connectonboard.provider.schema.Attribute;
import dev.connectonboard.provider.schema.Block;
import dev.connectonboard.provider.schema.SchemaMessages;
import dev.connectonboard.provider.spi.Config;
import dev.connectonboard.provider.spi.DataSource;
import dev.connectonboard.provider.spi.Diagnostics;
import dev.connectonboard.provider.spi.ProviderDefinition;
import io.grpc.stub.StreamObserver;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Serves Terraform's provider protocol 6 for one {@link ProviderDefinition}: schemas, validation, configuration,
 * data source reads and managed resources (see {@link ResourceOperations}). Every failure becomes a diagnostic, so
 * Terraform always gets an answer it can show.
 */
public final class ProviderService<S> extends ProviderGrpc.ProviderImplBase {
    private static final Logger LOG = Logger.getLogger(ProviderService.class.getName());

    private final ProviderDefinition<S> provider;
    private final Map<String, DataSource<S>> dataSources = new LinkedHashMap<>();
    private final ResourceOperations<S> resources;
    private volatile S configured;

    public ProviderService(ProviderDefinition<S> provider) {
        this.provider = provider;
        provider.dataSources().forEach(dataSource -> dataSources.put(dataSource.typeName(), dataSource));
        this.resources = new ResourceOperations<>(provider.typeName(), provider.resources(), () -> configured);
    }

    @Override
    public void getMetadata(Tfplugin6.GetMetadata.Request request,
                            StreamObserver<Tfplugin6.GetMetadata.Response> response) {
        Tfplugin6.GetMetadata.Response.Builder metadata = Tfplugin6.GetMetadata.Response.newBuilder()
                .setServerCapabilities(capabilities());
        dataSources.keySet().forEach(name -> metadata.addDataSources(
                Tfplugin6.GetMetadata.DataSourceMetadata.newBuilder().setTypeName(name)));
        resources.all().keySet().forEach(name -> metadata.addResources(
                Tfplugin6.GetMetadata.ResourceMetadata.newBuilder().setTypeName(name)));
        reply(response, metadata.build());
    }

    @Override
    public void getProviderSchema(Tfplugin6.GetProviderSchema.Request request,
                                  StreamObserver<Tfplugin6.GetProviderSchema.Response> response) {
        Tfplugin6.GetProviderSchema.Response.Builder schemas = Tfplugin6.GetProviderSchema.Response.newBuilder()
                .setProvider(SchemaMessages.toMessage(provider.schema()))
                .setServerCapabilities(capabilities());
        dataSources.forEach((name, dataSource) ->
                schemas.putDataSourceSchemas(name, SchemaMessages.toMessage(dataSource.schema())));
        resources.all().forEach((name, resource) ->
                schemas.putResourceSchemas(name, SchemaMessages.toMessage(resource.schema())));
        reply(response, schemas.build());
    }

    @Override
    public void validateResourceConfig(Tfplugin6.ValidateResourceConfig.Request request,
                                       StreamObserver<Tfplugin6.ValidateResourceConfig.Response> response) {
        reply(response, resources.validate(request));
    }

    @Override
    public void upgradeResourceState(Tfplugin6.UpgradeResourceState.Request request,
                                     StreamObserver<Tfplugin6.UpgradeResourceState.Response> response) {
        reply(response, resources.upgrade(request));
    }

    @Override
    public void readResource(Tfplugin6.ReadResource.Request request,
                             StreamObserver<Tfplugin6.ReadResource.Response> response) {
        reply(response, resources.read(request));
    }

    @Override
    public void planResourceChange(Tfplugin6.PlanResourceChange.Request request,
                                   StreamObserver<Tfplugin6.PlanResourceChange.Response> response) {
        reply(response, resources.plan(request));
    }

    @Override
    public void applyResourceChange(Tfplugin6.ApplyResourceChange.Request request,
                                    StreamObserver<Tfplugin6.ApplyResourceChange.Response> response) {
        reply(response, resources.apply(request));
    }

    @Override
    public void importResourceState(Tfplugin6.ImportResourceState.Request request,
                                    StreamObserver<Tfplugin6.ImportResourceState.Response> response) {
        reply(response, resources.importState(request));
    }

    @Override
    public void moveResourceState(Tfplugin6.MoveResourceState.Request request,
                                  StreamObserver<Tfplugin6.MoveResourceState.Response> response) {
        reply(response, resources.move(request));
    }

    @Override
    public void validateProviderConfig(Tfplugin6.ValidateProviderConfig.Request request,
                                       StreamObserver<Tfplugin6.ValidateProviderConfig.Response> response) {
        Diagnostics diagnostics = new Diagnostics();
        withConfig(provider.schema(), request.getConfig(), diagnostics, config -> {
            provider.validate(config, diagnostics);
            return null;
        });
        reply(response, Tfplugin6.ValidateProviderConfig.Response.newBuilder()
                .addAllDiagnostics(DiagnosticMessages.toMessages(diagnostics)).build());
    }

    @Override
    public void configureProvider(Tfplugin6.ConfigureProvider.Request request,
                                  StreamObserver<Tfplugin6.ConfigureProvider.Response> response) {
        Diagnostics diagnostics = new Diagnostics();
        configured = withConfig(provider.schema(), request.getConfig(), diagnostics,
                config -> provider.configure(config, diagnostics));
        reply(response, Tfplugin6.ConfigureProvider.Response.newBuilder()
                .addAllDiagnostics(DiagnosticMessages.toMessages(diagnostics)).build());
    }

    @Override
    public void validateDataResourceConfig(Tfplugin6.ValidateDataResourceConfig.Request request,
                                           StreamObserver<Tfplugin6.ValidateDataResourceConfig.Response> response) {
        Diagnostics diagnostics = new Diagnostics();
        DataSource<S> dataSource = dataSource(request.getTypeName(), diagnostics);
        if (dataSource != null) {
            withConfig(dataSource.schema(), request.getConfig(), diagnostics, config -> {
                dataSource.validate(config, diagnostics);
                return null;
            });
        }
        reply(response, Tfplugin6.ValidateDataResourceConfig.Response.newBuilder()
                .addAllDiagnostics(DiagnosticMessages.toMessages(diagnostics)).build());
    }

    @Override
    public void readDataSource(Tfplugin6.ReadDataSource.Request request,
                               StreamObserver<Tfplugin6.ReadDataSource.Response> response) {
        Diagnostics diagnostics = new Diagnostics();
        Tfplugin6.ReadDataSource.Response.Builder result = Tfplugin6.ReadDataSource.Response.newBuilder();
        DataSource<S> dataSource = dataSource(request.getTypeName(), diagnostics);
        if (dataSource != null) {
            Block schema = dataSource.schema();
            Map<String, Object> state = withConfig(schema, request.getConfig(), diagnostics,
                    config -> read(dataSource, config, diagnostics));
            if (state != null) {
                result.setState(DynamicValues.encode(schema.valueType(), state));
            }
        }
        reply(response, result.addAllDiagnostics(DiagnosticMessages.toMessages(diagnostics)).build());
    }

    @Override
    public void stopProvider(Tfplugin6.StopProvider.Request request,
                             StreamObserver<Tfplugin6.StopProvider.Response> response) {
        // Reads are short and bounded by HTTP timeouts, so there is nothing to interrupt.
        reply(response, Tfplugin6.StopProvider.Response.getDefaultInstance());
    }

    private Map<String, Object> read(DataSource<S> dataSource, Config config, Diagnostics diagnostics) {
        Map<String, Object> state = new LinkedHashMap<>(config.values());
        if (!isWhollyKnown(config.values().values())) {
            // Terraform reads data sources with unknown arguments during apply; until then the results are unknown.
            markComputedUnknown(dataSource.schema(), state);
            return state;
        }
        S providerState = configured;
        if (providerState == null) {
            diagnostics.error("The " + provider.typeName() + " provider is not configured",
                    "Terraform read " + dataSource.typeName() + " before the provider block was configured "
                            + "successfully; fix the provider configuration errors shown above.");
            return null;
        }
        Map<String, Object> computed = dataSource.read(config, providerState, diagnostics);
        if (computed != null) {
            state.putAll(computed);
        }
        return state;
    }

    private <T> T withConfig(Block schema, Tfplugin6.DynamicValue value, Diagnostics diagnostics,
                             Function<Config, T> action) {
        try {
            return action.apply(new Config(DynamicValues.decodeObject(schema.valueType(), value)));
        } catch (CtyCodecException e) {
            diagnostics.error("Terraform sent a value this provider cannot read", e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "internal error in the " + provider.typeName() + " provider", e);
            diagnostics.error("Internal error in the " + provider.typeName() + " provider", e
                    + " (the provider's log has the stack trace; run terraform with TF_LOG=debug to see it)");
        }
        return null;
    }

    private DataSource<S> dataSource(String typeName, Diagnostics diagnostics) {
        DataSource<S> dataSource = dataSources.get(typeName);
        if (dataSource == null) {
            diagnostics.error("Unknown data source " + typeName,
                    "The " + provider.typeName() + " provider serves: " + String.join(", ", dataSources.keySet()));
        }
        return dataSource;
    }

    private static Tfplugin6.ServerCapabilities capabilities() {
        // The schema is fixed for a given build, so Terraform may reuse it instead of asking every process again;
        // destroys are planned too, so a resource can refuse one at plan time.
        return Tfplugin6.ServerCapabilities.newBuilder().setGetProviderSchemaOptional(true).setPlanDestroy(true)
                .build();
    }

    private static void markComputedUnknown(Block schema, Map<String, Object> state) {
        for (Attribute attribute : schema.attributes()) {
            boolean computed = attribute.use() == Attribute.Use.COMPUTED
                    || (attribute.use() == Attribute.Use.OPTIONAL_COMPUTED && state.get(attribute.name()) == null);
            if (computed) {
                state.put(attribute.name(), Unknown.VALUE);
            }
        }
    }

    private static boolean isWhollyKnown(Object value) {
        if (value == Unknown.VALUE) {
            return false;
        }
        if (value instanceof Map<?, ?> map) {
            return isWhollyKnown(map.values());
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().allMatch(ProviderService::isWhollyKnown);
        }
        return true;
    }

    private static <T> void reply(StreamObserver<T> response, T message) {
        response.onNext(message);
        response.onCompleted();
    }
}
