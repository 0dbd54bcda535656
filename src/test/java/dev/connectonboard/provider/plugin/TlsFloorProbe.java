package dev.connectonboard.provider.plugin;

import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import java.net.InetAddress;

/**
 * The least a provider written for the JVM does on each start, for the benchmark's floor: start, make the TLS
 * identity and context exactly as {@link PluginServer} does (Ed25519, the JDK's TLS, Terraform's certificate pinned),
 * listen on loopback, print the port, complete one mutual-TLS handshake with ALPN {@code h2}, exit. No gRPC, no
 * Netty, no provider: what is left of a start when everything the provider adds is gone. Not used by the product.
 */
public final class TlsFloorProbe {
    private TlsFloorProbe() {
    }

    /** The client's certificate comes in {@code PLUGIN_CLIENT_CERT}, as Terraform passes it. */
    public static void main(String[] args) throws Exception {
        SelfSignedIdentity identity = SelfSignedIdentity.generate();
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(new KeyManager[] {new OneKeyManager(identity)},
                new TrustManager[] {new PinnedClientTrust(PluginTls.parseCertificate(System.getenv("PLUGIN_CLIENT_CERT")))},
                null);
        try (SSLServerSocket listener = (SSLServerSocket) context.getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            SSLParameters parameters = listener.getSSLParameters();
            parameters.setNeedClientAuth(true);
            parameters.setApplicationProtocols(new String[] {"h2"});
            listener.setSSLParameters(parameters);
            System.out.println(listener.getLocalPort());
            System.out.flush();
            try (SSLSocket connection = (SSLSocket) listener.accept()) {
                connection.startHandshake();
                if (!"h2".equals(connection.getApplicationProtocol())) {
                    throw new IllegalStateException("ALPN did not settle on h2: " + connection.getApplicationProtocol());
                }
            }
        }
    }
}
