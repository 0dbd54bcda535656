package dev.connectonboard.provider.plugin;

import io.grpc.netty.shaded.io.netty.util.internal.logging.InternalLoggerFactory;
import io.grpc.netty.shaded.io.netty.util.internal.logging.JdkLoggerFactory;

/**
 * Settings Netty reads once, applied before it reads them. Both save start time: Netty looks for SLF4J on the class
 * path (finding it without a binding also prints a warning into Terraform's log), and grpc-netty probes for the
 * native epoll transport, whose libraries the jar leaves out (the provider uses NIO).
 */
final class NettyDefaults {
    /** grpc-netty-shaded relocates Netty's own {@code io.netty.transport.noNative} property with its classes. */
    static final String NO_NATIVE = "io.grpc.netty.shaded.io.netty.transport.noNative";

    private NettyDefaults() {
    }

    static void apply() {
        if (System.getProperty(NO_NATIVE) == null) {
            System.setProperty(NO_NATIVE, "true");
        }
        InternalLoggerFactory.setDefaultFactory(JdkLoggerFactory.INSTANCE);
    }
}
