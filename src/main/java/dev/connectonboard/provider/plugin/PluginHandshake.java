package dev.connectonboard.provider.plugin;

import dev.connectonboard.errors.FailureKind;
import dev.connectonboard.errors.OnboardException;

import java.net.InetSocketAddress;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

/**
 * The go-plugin handshake Terraform expects from a provider it starts: prove Terraform started us (magic cookie),
 * agree on protocol 6, and announce where to connect on one stdout line.
 *
 * @param clientCertificatePem the certificate Terraform will present (mutual TLS), or null when TF_DISABLE_PLUGIN_TLS
 *                             made Terraform ask for plaintext on loopback
 */
public record PluginHandshake(String clientCertificatePem) {
    static final String COOKIE_KEY = "TF_PLUGIN_MAGIC_COOKIE";
    /** go-plugin's magic cookie value for Terraform providers (public so tests can play Terraform). */
    public static final String COOKIE_VALUE = "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2";
    static final int CORE_PROTOCOL_VERSION = 1;
    public static final int PROTOCOL_VERSION = 6;

    /** Checks the environment Terraform starts providers with. */
    public static PluginHandshake fromEnvironment(Map<String, String> environment) {
        if (!COOKIE_VALUE.equals(environment.get(COOKIE_KEY))) {
            throw new OnboardException(FailureKind.USAGE,
                    "'connect-onboard provider' is a Terraform provider: Terraform starts it, people don't. "
                            + "Run 'connect-onboard provider install' once, then use the provider from Terraform "
                            + "(see the README, section 'Terraform provider').");
        }
        String offered = environment.getOrDefault("PLUGIN_PROTOCOL_VERSIONS", "");
        boolean speaksSix = Arrays.stream(offered.split(",")).map(String::trim)
                .anyMatch(version -> version.equals(Integer.toString(PROTOCOL_VERSION)));
        if (!speaksSix) {
            throw new OnboardException(FailureKind.USAGE,
                    "Terraform offered plugin protocol versions [" + offered + "], but this provider speaks protocol "
                            + PROTOCOL_VERSION + ", which needs Terraform 1.0 or newer.");
        }
        String clientCertificate = environment.get("PLUGIN_CLIENT_CERT");
        if (clientCertificate != null && !clientCertificate.isBlank()) {
            return new PluginHandshake(clientCertificate);
        }
        if (environment.getOrDefault("TF_DISABLE_PLUGIN_TLS", "").isEmpty()) {
            // Terraform sends its certificate unless told not to; serving plaintext by accident is not an option.
            throw new OnboardException(FailureKind.USAGE, "Terraform did not send its client certificate "
                    + "(PLUGIN_CLIENT_CERT), and TF_DISABLE_PLUGIN_TLS is not set: refusing to serve without TLS.");
        }
        return new PluginHandshake(null);
    }

    public boolean usesTls() {
        return clientCertificatePem != null;
    }

    /**
     * The single line go-plugin reads from stdout: {@code 1|6|tcp|127.0.0.1:PORT|grpc|CERT}, CERT being the server
     * certificate's DER bytes in base64 without padding (left out for plaintext).
     */
    public String line(InetSocketAddress address, X509Certificate serverCertificate) {
        String line = CORE_PROTOCOL_VERSION + "|" + PROTOCOL_VERSION + "|tcp|"
                + address.getAddress().getHostAddress() + ":" + address.getPort() + "|grpc";
        if (serverCertificate == null) {
            return line;
        }
        try {
            return line + "|" + Base64.getEncoder().withoutPadding().encodeToString(serverCertificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("cannot encode the provider's own certificate", e);
        }
    }
}
