package dev.connectonboard.provider.plugin;

import io.grpc.netty.shaded.io.netty.util.internal.logging.InternalLoggerFactory;
import io.grpc.netty.shaded.io.netty.util.internal.logging.JdkLoggerFactory;

/**
 * Points Netty at java.util.logging (stderr) before it looks for SLF4J on the class path: finding SLF4J without a
 * binding costs start time and prints a warning into Terraform's log.
 */
final class NettyLogging {
    private NettyLogging() {
    }

    static void useJdkLogging() {
        InternalLoggerFactory.setDefaultFactory(JdkLoggerFactory.INSTANCE);
    }
}
