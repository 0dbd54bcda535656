package dev.connectonboard.provider.plugin;

import io.grpc.netty.shaded.io.netty.handler.codec.http2.Http2SecurityUtil;
import io.grpc.netty.shaded.io.netty.handler.ssl.ApplicationProtocolConfig;
import io.grpc.netty.shaded.io.netty.handler.ssl.ApplicationProtocolNames;
import io.grpc.netty.shaded.io.netty.handler.ssl.ClientAuth;
import io.grpc.netty.shaded.io.netty.handler.ssl.JdkSslContext;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContext;
import io.grpc.netty.shaded.io.netty.handler.ssl.SupportedCipherSuiteFilter;

import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.function.Supplier;

/**
 * Mutual TLS as go-plugin's AutoMTLS expects: we present our own certificate, and accept exactly the client
 * certificate Terraform passed in PLUGIN_CLIENT_CERT. Uses the JDK's TLS: the BoringSSL bundled with grpc-netty
 * cannot verify the ECDSA P-521 signature Terraform's client certificate uses, and loading it would cost start time.
 * <p>
 * Built for start-up time, measured per start on two cores: the key and trust managers are our own
 * ({@link OneKeyManager}, {@link PinnedClientTrust}) rather than key stores built from the certificates (a PKCS12 key
 * store derives a key with 10,000 PBKDF2 rounds, and PKIX validates a path, for what is one certificate comparison),
 * and the JDK context is wrapped in Netty's {@link JdkSslContext} directly: Netty's server-side builder first probes
 * the JDK with an RSA key in a PKCS12 store of its own. What {@code GrpcSslContexts.configure} would add is set here:
 * HTTP/2's cipher suites and ALPN {@code h2}, which grpc-go insists on.
 */
final class PluginTls {
    private static final ApplicationProtocolConfig ALPN_H2 = new ApplicationProtocolConfig(
            ApplicationProtocolConfig.Protocol.ALPN,
            ApplicationProtocolConfig.SelectorFailureBehavior.NO_ADVERTISE,
            ApplicationProtocolConfig.SelectedListenerFailureBehavior.ACCEPT,
            ApplicationProtocolNames.HTTP_2);

    private PluginTls() {
    }

    /** @param identity the provider's identity, which the first handshake waits for if it is still being made */
    static SslContext serverContext(Supplier<SelfSignedIdentity> identity, String clientCertificatePem) {
        SSLContext jdk;
        try {
            jdk = SSLContext.getInstance("TLS");
            jdk.init(new KeyManager[] {new OneKeyManager(identity)},
                    new TrustManager[] {new PinnedClientTrust(parseCertificate(clientCertificatePem))}, null);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up TLS for the Terraform connection: " + e.getMessage(), e);
        }
        return new JdkSslContext(jdk, false, Http2SecurityUtil.CIPHERS, SupportedCipherSuiteFilter.INSTANCE, ALPN_H2,
                ClientAuth.REQUIRE, null, false);
    }

    static X509Certificate parseCertificate(String pem) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        } catch (CertificateException e) {
            throw new IllegalStateException("PLUGIN_CLIENT_CERT is not a PEM certificate: " + e.getMessage(), e);
        }
    }
}
