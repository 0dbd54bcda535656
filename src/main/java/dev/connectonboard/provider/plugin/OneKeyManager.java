package dev.connectonboard.provider.plugin;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;
import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.function.Supplier;

/**
 * Serves the provider's one identity for whatever key type the handshake asks that it has; never acts as client.
 * The identity may still be in the making when the TLS context is built: the JDK asks a key manager for nothing until
 * a handshake, so the key and the context are made side by side at start-up.
 */
final class OneKeyManager extends X509ExtendedKeyManager {
    private static final String ALIAS = "provider";
    private final Supplier<SelfSignedIdentity> identity;

    OneKeyManager(SelfSignedIdentity identity) {
        this(() -> identity);
    }

    /** @param identity blocks until the identity exists (e.g. {@code future::join}); called once per handshake */
    OneKeyManager(Supplier<SelfSignedIdentity> identity) {
        this.identity = identity;
    }

    private String aliasFor(String keyType) {
        return identity.get().privateKey().getAlgorithm().equals(keyType) ? ALIAS : null;
    }

    @Override
    public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
        return aliasFor(keyType);
    }

    @Override
    public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
        return aliasFor(keyType);
    }

    @Override
    public String[] getServerAliases(String keyType, Principal[] issuers) {
        String alias = aliasFor(keyType);
        return alias == null ? null : new String[] {alias};
    }

    @Override
    public X509Certificate[] getCertificateChain(String alias) {
        return ALIAS.equals(alias) ? new X509Certificate[] {identity.get().certificate()} : null;
    }

    @Override
    public PrivateKey getPrivateKey(String alias) {
        return ALIAS.equals(alias) ? identity.get().privateKey() : null;
    }

    @Override
    public String chooseEngineClientAlias(String[] keyTypes, Principal[] issuers, SSLEngine engine) {
        return null;
    }

    @Override
    public String chooseClientAlias(String[] keyTypes, Principal[] issuers, Socket socket) {
        return null;
    }

    @Override
    public String[] getClientAliases(String keyType, Principal[] issuers) {
        return null;
    }
}
