package dev.connectonboard.standin;

import dev.connectonboard.provider.proto.tfplugin6.ProviderGrpc;
import dev.connectonboard.provider.proto.tfplugin6.Tfplugin6;
import dev.connectonboard.provider.protocol.ProviderService;
import io.grpc.stub.StreamObserver;

/**
 * The bridge's {@link ProviderService} for a stand-in, except GetProviderSchema, which answers from the cache's
 * prepared bytes instead of converting 2,000 schemas at every start (Terraform asks once per command).
 */
final class StandInService extends ProviderGrpc.ProviderImplBase {
    private final ProviderService<StandIn> delegate;
    private final SchemaCache cache;

    StandInService(StandInProvider provider, SchemaCache cache) {
        this.delegate = new ProviderService<>(provider);
        this.cache = cache;
    }

    @Override
    public void getProviderSchema(Tfplugin6.GetProviderSchema.Request request,
                                  StreamObserver<Tfplugin6.GetProviderSchema.Response> response) {
        response.onNext(cache.schemaResponse().toBuilder().setServerCapabilities(Tfplugin6.ServerCapabilities
                .newBuilder().setGetProviderSchemaOptional(true).setPlanDestroy(true)).build());
        response.onCompleted();
    }

    @Override
    public void getMetadata(Tfplugin6.GetMetadata.Request r, StreamObserver<Tfplugin6.GetMetadata.Response> o) {
        delegate.getMetadata(r, o);
    }

    @Override
    public void validateProviderConfig(Tfplugin6.ValidateProviderConfig.Request r,
                                       StreamObserver<Tfplugin6.ValidateProviderConfig.Response> o) {
        delegate.validateProviderConfig(r, o);
    }

    @Override
    public void configureProvider(Tfplugin6.ConfigureProvider.Request r,
                                  StreamObserver<Tfplugin6.ConfigureProvider.Response> o) {
        delegate.configureProvider(r, o);
    }

    @Override
    public void validateResourceConfig(Tfplugin6.ValidateResourceConfig.Request r,
                                       StreamObserver<Tfplugin6.ValidateResourceConfig.Response> o) {
        delegate.validateResourceConfig(r, o);
    }

    @Override
    public void validateDataResourceConfig(Tfplugin6.ValidateDataResourceConfig.Request r,
                                           StreamObserver<Tfplugin6.ValidateDataResourceConfig.Response> o) {
        delegate.validateDataResourceConfig(r, o);
    }

    @Override
    public void upgradeResourceState(Tfplugin6.UpgradeResourceState.Request r,
                                     StreamObserver<Tfplugin6.UpgradeResourceState.Response> o) {
        delegate.upgradeResourceState(r, o);
    }

    @Override
    public void readResource(Tfplugin6.ReadResource.Request r, StreamObserver<Tfplugin6.ReadResource.Response> o) {
        delegate.readResource(r, o);
    }

    @Override
    public void planResourceChange(Tfplugin6.PlanResourceChange.Request r,
                                   StreamObserver<Tfplugin6.PlanResourceChange.Response> o) {
        delegate.planResourceChange(r, o);
    }

    @Override
    public void applyResourceChange(Tfplugin6.ApplyResourceChange.Request r,
                                    StreamObserver<Tfplugin6.ApplyResourceChange.Response> o) {
        delegate.applyResourceChange(r, o);
    }

    @Override
    public void importResourceState(Tfplugin6.ImportResourceState.Request r,
                                    StreamObserver<Tfplugin6.ImportResourceState.Response> o) {
        delegate.importResourceState(r, o);
    }

    @Override
    public void moveResourceState(Tfplugin6.MoveResourceState.Request r,
                                  StreamObserver<Tfplugin6.MoveResourceState.Response> o) {
        delegate.moveResourceState(r, o);
    }

    @Override
    public void readDataSource(Tfplugin6.ReadDataSource.Request r,
                               StreamObserver<Tfplugin6.ReadDataSource.Response> o) {
        delegate.readDataSource(r, o);
    }

    @Override
    public void stopProvider(Tfplugin6.StopProvider.Request r, StreamObserver<Tfplugin6.StopProvider.Response> o) {
        delegate.stopProvider(r, o);
    }
}
