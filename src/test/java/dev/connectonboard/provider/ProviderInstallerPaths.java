package dev.connectonboard.provider;

import dev.connectonboard.provider.install.ProviderInstaller;

/** The java executable tests start child JVMs with: the one running the tests. */
final class ProviderInstallerPaths {
    private ProviderInstallerPaths() {
    }

    static String java() {
        return ProviderInstaller.currentJava().toString();
    }
}
