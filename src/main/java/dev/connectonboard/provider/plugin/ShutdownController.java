package dev.connectonboard.provider.plugin;

import dev.connectonboard.provider.proto.goplugin.GRPCControllerGrpc;
import dev.connectonboard.provider.proto.goplugin.GrpcControllerProto;
import io.grpc.stub.StreamObserver;

import java.util.concurrent.CountDownLatch;

/** go-plugin's controller: Terraform calls Shutdown when done and then gives the process 2 s to exit. */
final class ShutdownController extends GRPCControllerGrpc.GRPCControllerImplBase {
    private final CountDownLatch requested;

    ShutdownController(CountDownLatch requested) {
        this.requested = requested;
    }

    @Override
    public void shutdown(GrpcControllerProto.Empty request, StreamObserver<GrpcControllerProto.Empty> response) {
        response.onNext(GrpcControllerProto.Empty.getDefaultInstance());
        response.onCompleted();
        requested.countDown();
    }
}
