package dev.connectonboard.provider.plugin;

import io.grpc.Attributes;
import io.grpc.ForwardingServerCall;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerTransportFilter;
import io.grpc.Status;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;

/**
 * With {@link StartupTrace} on: marks when Terraform's connection is ready (TLS and HTTP/2 set up) and when each call
 * arrives and is answered, so the benchmark can tell the provider's time from the time it waits for Terraform.
 */
final class TracingInterceptor implements ServerInterceptor {
    private TracingInterceptor() {
    }

    static void install(NettyServerBuilder builder) {
        builder.intercept(new TracingInterceptor());
        builder.addTransportFilter(new ServerTransportFilter() {
            @Override
            public Attributes transportReady(Attributes transportAttrs) {
                StartupTrace.mark("transport-ready");
                return transportAttrs;
            }
        });
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                      ServerCallHandler<Q, R> next) {
        String method = call.getMethodDescriptor().getBareMethodName();
        StartupTrace.mark("call-" + method);
        return next.startCall(new ForwardingServerCall.SimpleForwardingServerCall<>(call) {
            @Override
            public void close(Status status, Metadata trailers) {
                StartupTrace.mark("answered-" + method);
                super.close(status, trailers);
            }
        }, headers);
    }
}
