package dev.connectonboard.provider.plugin;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;

/**
 * A fresh key pair and a self-signed certificate for {@code localhost}, the name Terraform's plugin client verifies.
 * The provider makes one per run (Terraform learns it from the handshake line, so it is never stored); the warm-up
 * run and tests make a P-521 one to stand in for Terraform's client certificate.
 */
public record SelfSignedIdentity(PrivateKey privateKey, X509Certificate certificate) {

    /**
     * The curves in play: Ed25519 for the provider, P-521 as Terraform's go-plugin client uses.
     * Ed25519 because it is the cheapest identity on every JDK this runs on: its keys and signatures share their field
     * arithmetic (curve 25519) with the X25519 key exchange Go's TLS client offers first, and it has no generator
     * table to build, which JDK 19 and later build for P-256 on first use (188 ms of a cold start measured on JDK 25,
     * against 12 ms for Ed25519). Go's crypto/tls accepts Ed25519 certificates in TLS 1.2 and 1.3 (RFC 8422, 8446),
     * and the JDK's TLS signs with it since JDK 15 (JEP 339).
     */
    public enum Curve {
        ED25519("Ed25519", null, "Ed25519", "1.3.101.112"),
        P521("EC", "secp521r1", "SHA512withECDSA", "1.2.840.10045.4.3.4");

        private final String keyAlgorithm;
        private final String name;
        private final String signature;
        private final String signatureOid;

        Curve(String keyAlgorithm, String name, String signature, String signatureOid) {
            this.keyAlgorithm = keyAlgorithm;
            this.name = name;
            this.signature = signature;
            this.signatureOid = signatureOid;
        }
    }

    public static SelfSignedIdentity generate() {
        return generate(Curve.ED25519);
    }

    public static SelfSignedIdentity generate(Curve curve) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(curve.keyAlgorithm);
            if (curve.name != null) {
                generator.initialize(new ECGenParameterSpec(curve.name));
            }
            KeyPair keys = generator.generateKeyPair();
            byte[] tbs = toBeSigned(keys, curve, Instant.now());
            Signature signer = Signature.getInstance(curve.signature);
            signer.initSign(keys.getPrivate());
            signer.update(tbs);
            byte[] der = Der.sequence(tbs, Der.sequence(Der.oid(curve.signatureOid)), Der.bitString(signer.sign(), 0));
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
            return new SelfSignedIdentity(keys.getPrivate(), certificate);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime cannot create an " + curve + " certificate: " + e, e);
        }
    }

    /** The certificate as PEM, the form Terraform passes its own certificate in (PLUGIN_CLIENT_CERT). */
    public String certificatePem() {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + java.util.Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException("cannot encode a certificate this process created", e);
        }
    }

    private static byte[] toBeSigned(KeyPair keys, Curve curve, Instant now) {
        byte[] name = Der.sequence(
                Der.set(Der.sequence(Der.oid("2.5.4.10"), Der.utf8String("connect-onboard"))),
                Der.set(Der.sequence(Der.oid("2.5.4.3"), Der.utf8String("localhost"))));
        byte[] serial = Der.integer(new BigInteger(127, new SecureRandom()).add(BigInteger.ONE));
        byte[] validity = Der.sequence(Der.utcTime(now.minus(Duration.ofHours(1))),
                Der.utcTime(now.plus(Duration.ofDays(30))));
        return Der.sequence(
                Der.explicit(0, Der.integer(BigInteger.TWO)),
                serial,
                Der.sequence(Der.oid(curve.signatureOid)),
                name,
                validity,
                name,
                keys.getPublic().getEncoded(),
                Der.explicit(3, Der.sequence(
                        extension("2.5.29.19", true, Der.sequence(Der.bool(true))),
                        // digitalSignature (bit 0) and keyCertSign (bit 5): 1000 0100, two padding bits
                        extension("2.5.29.15", true, Der.bitString(new byte[] {(byte) 0x84}, 2)),
                        extension("2.5.29.37", false, Der.sequence(
                                Der.oid("1.3.6.1.5.5.7.3.1"), Der.oid("1.3.6.1.5.5.7.3.2"))),
                        extension("2.5.29.17", false, Der.sequence(
                                Der.implicitPrimitive(2, "localhost".getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
                                Der.implicitPrimitive(7, loopback()))))));
    }

    private static byte[] extension(String oid, boolean critical, byte[] value) {
        return critical
                ? Der.sequence(Der.oid(oid), Der.bool(true), Der.octetString(value))
                : Der.sequence(Der.oid(oid), Der.octetString(value));
    }

    private static byte[] loopback() {
        return new byte[] {127, 0, 0, 1};
    }
}
