package dev.connectonboard.provider.plugin;

import dev.connectonboard.errors.FailureKind;
import dev.connectonboard.errors.OnboardException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PluginHandshakeTest {
    private static final String COOKIE = "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2";

    @Test
    void refusesToRunWhenNotStartedByTerraform() {
        OnboardException failure = assertThrows(OnboardException.class,
                () -> PluginHandshake.fromEnvironment(Map.of("PLUGIN_PROTOCOL_VERSIONS", "6")));

        assertEquals(FailureKind.USAGE, failure.kind());
        assertTrue(failure.getMessage().startsWith("'connect-onboard provider' is a Terraform provider: Terraform "
                + "starts it, people don't. Run 'connect-onboard provider install' once"), failure.getMessage());
    }

    @Test
    void refusesATerraformThatDoesNotOfferProtocolSix() {
        OnboardException failure = assertThrows(OnboardException.class, () -> PluginHandshake.fromEnvironment(
                Map.of("TF_PLUGIN_MAGIC_COOKIE", COOKIE, "PLUGIN_PROTOCOL_VERSIONS", "4,5")));

        assertEquals("Terraform offered plugin protocol versions [4,5], but this provider speaks protocol 6, which "
                + "needs Terraform 1.0 or newer.", failure.getMessage());
    }

    @Test
    void announcesTcpGrpcAndTheServerCertificateAsUnpaddedBase64Der() throws Exception {
        SelfSignedIdentity server = SelfSignedIdentity.generate();
        PluginHandshake handshake = PluginHandshake.fromEnvironment(Map.of("TF_PLUGIN_MAGIC_COOKIE", COOKIE,
                "PLUGIN_PROTOCOL_VERSIONS", "5,6", "PLUGIN_CLIENT_CERT", "-----BEGIN CERTIFICATE-----\n..."));

        String line = handshake.line(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 41234),
                server.certificate());

        String[] parts = line.split("\\|");
        assertEquals("1|6|tcp|127.0.0.1:41234|grpc", String.join("|", java.util.Arrays.copyOf(parts, 5)));
        assertFalse(parts[5].endsWith("="), "go-plugin decodes the certificate without padding");
        X509Certificate announced = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(parts[5])));
        assertEquals(server.certificate(), announced);
    }

    @Test
    void refusesPlaintextUnlessTerraformDisabledPluginTls() {
        OnboardException failure = assertThrows(OnboardException.class, () -> PluginHandshake.fromEnvironment(
                Map.of("TF_PLUGIN_MAGIC_COOKIE", COOKIE, "PLUGIN_PROTOCOL_VERSIONS", "6")));

        assertEquals("Terraform did not send its client certificate (PLUGIN_CLIENT_CERT), and TF_DISABLE_PLUGIN_TLS "
                + "is not set: refusing to serve without TLS.", failure.getMessage());
    }

    @Test
    void announcesPlaintextWhenTerraformDisabledPluginTls() throws Exception {
        PluginHandshake handshake = PluginHandshake.fromEnvironment(Map.of("TF_PLUGIN_MAGIC_COOKIE", COOKIE,
                "PLUGIN_PROTOCOL_VERSIONS", "6", "TF_DISABLE_PLUGIN_TLS", "1"));

        assertFalse(handshake.usesTls());
        assertEquals("1|6|tcp|127.0.0.1:9|grpc",
                handshake.line(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 9), null));
    }
}
