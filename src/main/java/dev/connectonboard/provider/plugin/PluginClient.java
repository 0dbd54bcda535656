package dev.connectonboard.provider.plugin;

import dev.connectonboard.provider.proto.goplugin.GRPCControllerGrpc;
import dev.connectonboard.provider.proto.goplugin.GrpcControllerProto;
import dev.connectonboard.provider.proto.tfplugin6.ProviderGrpc;
import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.grpc.netty.NegotiationType;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.netty.channel.EventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.MultiThreadIoEventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.nio.NioIoHandler;
import io.grpc.netty.shaded.io.netty.channel.socket.nio.NioSocketChannel;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContextBuilder;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslProvider;

import javax.net.ssl.SSLException;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

/**
 * The Terraform side of the plugin connection, for the warm-up run that fills the class-data-sharing archive and for
 * tests: reads the handshake line and connects the way go-plugin does.
 */
public final class PluginClient implements AutoCloseable {
    private final ManagedChannel channel;
    private final EventLoopGroup eventLoop;

    private PluginClient(ManagedChannel channel, EventLoopGroup eventLoop) {
        this.channel = channel;
        this.eventLoop = eventLoop;
    }

    /**
     * @param handshakeLine  what the provider printed
     * @param clientIdentity the certificate given to the provider in PLUGIN_CLIENT_CERT, or null for plaintext
     */
    public static PluginClient connect(String handshakeLine, SelfSignedIdentity clientIdentity) {
        String[] parts = handshakeLine.trim().split("\\|");
        if (parts.length < 5 || !parts[0].equals("1") || !parts[2].equals("tcp") || !parts[4].equals("grpc")) {
            throw new IllegalArgumentException("not a go-plugin gRPC handshake line: " + handshakeLine);
        }
        int colon = parts[3].lastIndexOf(':');
        String host = parts[3].substring(0, colon);
        int port = Integer.parseInt(parts[3].substring(colon + 1));
        NettyDefaults.apply();
        EventLoopGroup eventLoop = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        NettyChannelBuilder builder = NettyChannelBuilder.forAddress(host, port)
                .channelType(NioSocketChannel.class)
                .eventLoopGroup(eventLoop);
        if (parts.length > 5) {
            try {
                builder.sslContext(GrpcSslContexts.configure(SslContextBuilder.forClient()
                                        .keyManager(clientIdentity.privateKey(), clientIdentity.certificate())
                                        .trustManager(serverCertificate(parts[5])), SslProvider.JDK).build())
                        .overrideAuthority("localhost")
                        .negotiationType(NegotiationType.TLS);
            } catch (SSLException e) {
                throw new IllegalStateException("cannot set up the client side of plugin TLS: " + e.getMessage(), e);
            }
        } else {
            builder.usePlaintext();
        }
        return new PluginClient(builder.build(), eventLoop);
    }

    public ProviderGrpc.ProviderBlockingStub provider() {
        return ProviderGrpc.newBlockingStub(channel).withDeadlineAfter(30, TimeUnit.SECONDS);
    }

    /** What Terraform does when it is done with the provider. */
    public void shutdownProvider() {
        GRPCControllerGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS)
                .shutdown(GrpcControllerProto.Empty.getDefaultInstance());
    }

    public ManagedChannel channel() {
        return channel;
    }

    @Override
    public void close() {
        channel.shutdownNow();
        try {
            channel.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        eventLoop.shutdownGracefully(0, 100, TimeUnit.MILLISECONDS).awaitUninterruptibly(1, TimeUnit.SECONDS);
    }

    private static X509Certificate serverCertificate(String base64Der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(base64Der)));
        } catch (CertificateException e) {
            throw new IllegalArgumentException("the handshake line's certificate is not a DER certificate", e);
        }
    }
}
