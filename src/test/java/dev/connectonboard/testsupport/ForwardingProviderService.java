package dev.connectonboard.testsupport;

import dev.connectonboard.provider.proto.tfplugin6.ProviderGrpc;
import dev.connectonboard.provider.proto.tfplugin6.Tfplugin6;
import io.grpc.stub.StreamObserver;

/**
 * A provider service that forwards every call to another one; test harnesses override the calls they change (a
 * prepared schema answer, provider configuration rewritten before it arrives).
 */
public class ForwardingProviderService extends ProviderGrpc.ProviderImplBase {
    private final ProviderGrpc.ProviderImplBase delegate;

    public ForwardingProviderService(ProviderGrpc.ProviderImplBase delegate) {
        this.delegate = delegate;
    }

    @Override
    public void getProviderSchema(Tfplugin6.GetProviderSchema.Request r,
                                  StreamObserver<Tfplugin6.GetProviderSchema.Response> o) {
        delegate.getProviderSchema(r, o);
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
