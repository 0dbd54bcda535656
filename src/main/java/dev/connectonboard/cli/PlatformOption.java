package dev.connectonboard.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --platform FILE}, required; mix into every command that needs the platform file. */
public final class PlatformOption {
    @Option(names = "--platform", required = true, paramLabel = "FILE",
            description = "The platform file (kind: Platform).")
    Path file;

    public Path file() {
        return file;
    }
}
