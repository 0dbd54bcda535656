package dev.connectonboard.provider.plugin;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

/**
 * Trusts one client: the certificate Terraform announced in PLUGIN_CLIENT_CERT, byte for byte and within its validity
 * period. go-plugin's own server trusts a pool holding just that certificate, which for a self-signed leaf comes to
 * the same; the TLS layer still checks that the client holds its private key (CertificateVerify).
 */
final class PinnedClientTrust extends X509ExtendedTrustManager {
    private final X509Certificate expected;

    PinnedClientTrust(X509Certificate expected) {
        this.expected = expected;
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        if (chain == null || chain.length == 0 || !expected.equals(chain[0])) {
            throw new CertificateException("the client did not present the certificate Terraform announced in "
                    + "PLUGIN_CLIENT_CERT");
        }
        expected.checkValidity();
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("the provider's TLS is server-side only");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        checkServerTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        checkServerTrusted(chain, authType);
    }

    /** Sent in the CertificateRequest, so Go's TLS client picks the certificate this issuer (itself) signed. */
    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[] {expected};
    }
}
