package dev.connectonboard.provider.plugin;

import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.netty.handler.ssl.ClientAuth;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContext;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContextBuilder;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslProvider;

import javax.net.ssl.SSLException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;

/**
 * Mutual TLS as go-plugin's AutoMTLS expects: we present our own certificate, and accept exactly the client
 * certificate Terraform passed in PLUGIN_CLIENT_CERT. Uses the JDK's TLS: the BoringSSL bundled with grpc-netty
 * cannot verify the ECDSA P-521 signature Terraform's client certificate uses, and loading it would cost start time.
 */
final class PluginTls {
    private PluginTls() {
    }

    static SslContext serverContext(SelfSignedIdentity identity, String clientCertificatePem) {
        try {
            SslContextBuilder builder = SslContextBuilder.forServer(identity.privateKey(), identity.certificate())
                    .trustManager(parseCertificate(clientCertificatePem))
                    .clientAuth(ClientAuth.REQUIRE);
            return GrpcSslContexts.configure(builder, SslProvider.JDK).build();
        } catch (SSLException e) {
            throw new IllegalStateException("cannot set up TLS for the Terraform connection: " + e.getMessage(), e);
        }
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
