package dev.connectonboard.standin;

import dev.connectonboard.provider.proto.tfplugin6.Tfplugin6;
import dev.connectonboard.provider.protocol.ProviderService;
import dev.connectonboard.testsupport.ForwardingProviderService;
import io.grpc.stub.StreamObserver;

/**
 * The bridge's {@link ProviderService} for a stand-in, except GetProviderSchema, which answers from the cache's
 * prepared bytes instead of converting 2,000 schemas at every start (Terraform asks once per command).
 */
final class StandInService extends ForwardingProviderService {
    private final SchemaCache cache;
    private volatile Tfplugin6.GetProviderSchema.Response schema;

    StandInService(StandInProvider provider, SchemaCache cache) {
        super(new ProviderService<>(provider));
        this.cache = cache;
    }

    @Override
    public void getProviderSchema(Tfplugin6.GetProviderSchema.Request request,
                                  StreamObserver<Tfplugin6.GetProviderSchema.Response> response) {
        Tfplugin6.GetProviderSchema.Response answer = schema;
        if (answer == null) {
            answer = cache.schemaResponse().toBuilder().setServerCapabilities(Tfplugin6.ServerCapabilities
                    .newBuilder().setGetProviderSchemaOptional(true).setPlanDestroy(true)).build();
            schema = answer;
        }
        response.onNext(answer);
        response.onCompleted();
    }
}
