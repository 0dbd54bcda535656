package dev.connectonboard.provider.plugin;

import org.junit.jupiter.api.Test;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PinnedClientTrustTest {
    private final SelfSignedIdentity terraform = SelfSignedIdentity.generate(SelfSignedIdentity.Curve.P521);
    private final PinnedClientTrust trust = new PinnedClientTrust(
            PluginTls.parseCertificate(terraform.certificatePem()));

    @Test
    void acceptsExactlyTheAnnouncedCertificateAndNamesItAsTheOneIssuer() {
        assertDoesNotThrow(() -> trust.checkClientTrusted(new X509Certificate[] {terraform.certificate()}, "EC"));
        assertArrayEquals(new X509Certificate[] {terraform.certificate()}, trust.getAcceptedIssuers());
    }

    @Test
    void refusesAnyOtherCertificateEvenWithTheSameNames() {
        X509Certificate stranger = SelfSignedIdentity.generate(SelfSignedIdentity.Curve.P521).certificate();
        assertEquals(terraform.certificate().getSubjectX500Principal(), stranger.getSubjectX500Principal());

        CertificateException refused = assertThrows(CertificateException.class,
                () -> trust.checkClientTrusted(new X509Certificate[] {stranger}, "EC"));
        assertTrue(refused.getMessage().contains("PLUGIN_CLIENT_CERT"), refused.getMessage());
        assertThrows(CertificateException.class, () -> trust.checkClientTrusted(new X509Certificate[0], "EC"));
    }

    @Test
    void neverTrustsAServer() {
        assertThrows(CertificateException.class,
                () -> trust.checkServerTrusted(new X509Certificate[] {terraform.certificate()}, "EC"));
    }

    @Test
    void theKeyManagerOffersTheProviderIdentityForItsOwnKeyTypeOnly() {
        SelfSignedIdentity provider = SelfSignedIdentity.generate();
        OneKeyManager keys = new OneKeyManager(provider);

        // the key type the JDK's TLS asks for when it signs with ed25519 (sun.security.ssl.X509Authentication.EDDSA)
        String alias = keys.chooseEngineServerAlias("EdDSA", null, null);
        assertArrayEquals(new X509Certificate[] {provider.certificate()}, keys.getCertificateChain(alias));
        assertEquals(provider.privateKey(), keys.getPrivateKey(alias));
        assertEquals(null, keys.chooseEngineServerAlias("RSA", null, null));
        assertEquals(null, keys.chooseEngineServerAlias("EC", null, null));
        assertEquals(null, keys.chooseEngineClientAlias(new String[] {"EC"}, null, null));
    }
}
