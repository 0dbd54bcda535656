package dev.connectonboard.provider.plugin;

import org.junit.jupiter.api.Test;

import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SelfSignedIdentityTest {

    @Test
    void certifiesLocalhostTheNameTerraformVerifies() throws Exception {
        X509Certificate certificate = SelfSignedIdentity.generate().certificate();

        List<String> names = new ArrayList<>();
        for (List<?> entry : certificate.getSubjectAlternativeNames()) {
            names.add(entry.get(0) + "=" + entry.get(1));
        }
        assertEquals(List.of("2=localhost", "7=127.0.0.1"), names);
        assertEquals(List.of("1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2"), certificate.getExtendedKeyUsage());
        certificate.checkValidity();
        certificate.verify(certificate.getPublicKey());
        assertEquals("Ed25519", certificate.getSigAlgName());
        assertEquals("EdDSA", certificate.getPublicKey().getAlgorithm());
    }

    @Test
    void makesTheP521CertificatesTerraformsClientUses() throws Exception {
        SelfSignedIdentity terraform = SelfSignedIdentity.generate(SelfSignedIdentity.Curve.P521);

        Collection<? extends java.security.cert.Certificate> parsed = CertificateFactory.getInstance("X.509")
                .generateCertificates(new java.io.ByteArrayInputStream(terraform.certificatePem().getBytes()));

        assertEquals(List.of(terraform.certificate()), List.copyOf(parsed));
        assertEquals("SHA512withECDSA", terraform.certificate().getSigAlgName());
        assertTrue(terraform.certificatePem().startsWith("-----BEGIN CERTIFICATE-----\n"));
    }
}
