package dev.connectonboard.cli;

import picocli.CommandLine.IVersionProvider;

/** What {@code --version} and {@code connect-onboard version} print. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"connect-onboard " + BuildVersion.current()};
    }
}
