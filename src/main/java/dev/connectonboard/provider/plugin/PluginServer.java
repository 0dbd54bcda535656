package dev.connectonboard.provider.plugin;

import io.grpc.BindableService;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.netty.shaded.io.netty.channel.EventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.MultiThreadIoEventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.nio.NioIoHandler;
import io.grpc.netty.shaded.io.netty.channel.socket.nio.NioServerSocketChannel;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContext;
import io.grpc.protobuf.services.HealthStatusManager;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs a gRPC service as a go-plugin plugin: loopback TCP, mutual TLS, the health service go-plugin pings, and the
 * controller Terraform uses to stop it. Owns its event loops and threads, so shutting down leaves nothing behind.
 */
public final class PluginServer {
    /** go-plugin checks the health of this service name. */
    private static final String HEALTH_SERVICE_NAME = "plugin";
    private static final long PARENT_CHECK_MILLIS = 1000;

    private final Server server;
    private final EventLoopGroup eventLoops;
    private final ExecutorService callExecutor;
    private final CountDownLatch shutdownRequested;
    private final String handshakeLine;

    private PluginServer(Server server, EventLoopGroup eventLoops, ExecutorService callExecutor,
                         CountDownLatch shutdownRequested, String handshakeLine) {
        this.server = server;
        this.eventLoops = eventLoops;
        this.callExecutor = callExecutor;
        this.shutdownRequested = shutdownRequested;
        this.handshakeLine = handshakeLine;
    }

    /** Binds and starts serving an already built service; see {@link #start(PluginHandshake, Supplier)}. */
    public static PluginServer start(PluginHandshake handshake, BindableService service) throws IOException {
        return start(handshake, () -> service);
    }

    /**
     * Binds and starts serving; the caller then announces {@link #handshakeLine()} on stdout. The TLS identity (key
     * and certificate) and the TLS context are each made on a thread of their own while this one loads gRPC and Netty
     * and builds the service: the context needs the identity only at the first handshake, so none of the three waits
     * for another until the handshake line, the part of start-up Terraform waits for.
     */
    public static PluginServer start(PluginHandshake handshake, Supplier<? extends BindableService> service)
            throws IOException {
        CompletableFuture<SelfSignedIdentity> identity = handshake.usesTls()
                ? onThreadOfItsOwn("provider-tls-identity", () -> {
                    SelfSignedIdentity made = SelfSignedIdentity.generate();
                    StartupTrace.mark("tls-identity");
                    return made;
                })
                : CompletableFuture.completedFuture(null);
        CompletableFuture<SslContext> tls = handshake.usesTls()
                ? onThreadOfItsOwn("provider-tls-context", () -> {
                    SslContext context = PluginTls.serverContext(identity::join, handshake.clientCertificatePem());
                    StartupTrace.mark("tls-context");
                    return context;
                })
                : CompletableFuture.completedFuture(null);
        NettyDefaults.apply();
        CountDownLatch shutdownRequested = new CountDownLatch(1);
        HealthStatusManager health = new HealthStatusManager();
        health.setStatus(HEALTH_SERVICE_NAME, io.grpc.health.v1.HealthCheckResponse.ServingStatus.SERVING);
        EventLoopGroup eventLoops = new MultiThreadIoEventLoopGroup(2, daemonThreads("provider-io"),
                NioIoHandler.newFactory());
        ExecutorService callExecutor = Executors.newCachedThreadPool(daemonThreads("provider-call"));
        NettyServerBuilder builder = NettyServerBuilder
                .forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .channelType(NioServerSocketChannel.class)
                .bossEventLoopGroup(eventLoops)
                .workerEventLoopGroup(eventLoops)
                .executor(callExecutor)
                .addService(service.get())
                .addService(new ShutdownController(shutdownRequested))
                .addService(health.getHealthService());
        if (StartupTrace.enabled()) {
            TracingInterceptor.install(builder);
        }
        StartupTrace.mark("grpc-services");
        SslContext context = tls.join();
        if (context != null) {
            builder.sslContext(context);
        }
        Server server = builder.build().start();
        StartupTrace.mark("grpc-listening");
        InetSocketAddress address = (InetSocketAddress) server.getListenSockets().get(0);
        SelfSignedIdentity ready = identity.join();
        String line = handshake.line(address, ready == null ? null : ready.certificate());
        return new PluginServer(server, eventLoops, callExecutor, shutdownRequested, line);
    }

    private static <T> CompletableFuture<T> onThreadOfItsOwn(String name, Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, runnable -> daemonThreads(name).newThread(runnable).start());
    }

    /**
     * Serves a provider that Terraform does not start but connects to, named in {@code TF_REATTACH_PROVIDERS}
     * (see {@link #reattachEntry}): go-plugin's "unmanaged" mode, which Terraform keeps for debugging providers and
     * which terraform-plugin-testing uses to run providers inside the test process. Plaintext on loopback (the
     * reattach configuration carries no certificate). With {@code Test: true} Terraform never shuts it down; the
     * owner calls {@link #stop()}.
     */
    public static PluginServer startUnmanaged(BindableService service) throws IOException {
        return start(new PluginHandshake(null), service);
    }

    /**
     * This server's entry in {@code TF_REATTACH_PROVIDERS}, for the provider address {@code source} (e.g.
     * {@code registry.terraform.io/confluentinc/confluent}): a JSON member {@code "source": {...}}.
     */
    public String reattachEntry(String source) {
        return "\"" + source + "\":{\"Protocol\":\"grpc\",\"ProtocolVersion\":" + PluginHandshake.PROTOCOL_VERSION
                + ",\"Pid\":" + ProcessHandle.current().pid() + ",\"Test\":true,\"Addr\":{\"Network\":\"tcp\","
                + "\"String\":\"127.0.0.1:" + port() + "\"}}";
    }

    public String handshakeLine() {
        return handshakeLine;
    }

    public int port() {
        return ((InetSocketAddress) server.getListenSockets().get(0)).getPort();
    }

    /**
     * Blocks until Terraform calls Shutdown (or goes away without calling it), then stops the server, its event loops
     * and its threads. Terraform kills a provider that has not exited 2 s after Shutdown, so every wait is short.
     */
    public void awaitShutdownAndStop() throws InterruptedException {
        ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
        while (!shutdownRequested.await(PARENT_CHECK_MILLIS, TimeUnit.MILLISECONDS)) {
            if (parent != null && !parent.isAlive()) {
                break;
            }
        }
        StartupTrace.mark("shutdown-requested");
        stop();
        StartupTrace.mark("stopped");
        StartupTrace.threads();
    }

    /** Asks the server to stop as if Terraform had called Shutdown. */
    public void requestShutdown() {
        shutdownRequested.countDown();
    }

    /** Stops serving now: the server, its event loops and its threads. */
    public void stop() throws InterruptedException {
        server.shutdown();
        if (!server.awaitTermination(500, TimeUnit.MILLISECONDS)) {
            server.shutdownNow().awaitTermination(200, TimeUnit.MILLISECONDS);
        }
        eventLoops.shutdownGracefully(0, 300, TimeUnit.MILLISECONDS).await(500, TimeUnit.MILLISECONDS);
        callExecutor.shutdownNow();
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

}
