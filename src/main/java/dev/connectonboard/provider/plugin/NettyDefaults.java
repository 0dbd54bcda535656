package dev.connectonboard.provider.plugin;

import io.grpc.netty.shaded.io.netty.util.internal.logging.InternalLoggerFactory;
import io.grpc.netty.shaded.io.netty.util.internal.logging.JdkLoggerFactory;

/**
 * Settings Netty reads once, applied before it reads them. All save start time: Netty looks for SLF4J on the class
 * path (finding it without a binding also prints a warning into Terraform's log), grpc-netty probes for the
 * native epoll transport, whose libraries the jar leaves out (the provider uses NIO), and Netty's Flight Recorder
 * events wake up JFR.
 */
final class NettyDefaults {
    /** grpc-netty-shaded relocates Netty's own {@code io.netty.transport.noNative} property with its classes. */
    static final String NO_NATIVE = "io.grpc.netty.shaded.io.netty.transport.noNative";
    /**
     * Netty 4.2 emits JDK Flight Recorder events for its buffer pools when JFR is available: the first pooled buffer
     * (during the TLS handshake with Terraform) registers an event class, and registering the first event class
     * builds JFR's whole metadata repository (every JVM event type), ~80 classes from outside the class-data
     * archive, on the path to the first call. Off: measured 0.3 s less CPU per plan (3 starts, 7 interleaved runs).
     */
    static final String NO_FLIGHT_RECORDER_EVENTS = "io.grpc.netty.shaded.io.netty.jfr.enabled";

    private NettyDefaults() {
    }

    static void apply() {
        if (System.getProperty(NO_NATIVE) == null) {
            System.setProperty(NO_NATIVE, "true");
        }
        if (System.getProperty(NO_FLIGHT_RECORDER_EVENTS) == null) {
            System.setProperty(NO_FLIGHT_RECORDER_EVENTS, "false");
        }
        InternalLoggerFactory.setDefaultFactory(JdkLoggerFactory.INSTANCE);
    }
}
