package dev.connectonboard.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What {@code validate} reads: an optional platform file, an optional quota policy, input paths of any kind. */
public final class InputOptions {
    @Option(names = "--platform", paramLabel = "FILE", description = "The platform file (kind: Platform).")
    Path platform;

    @Option(names = "--quotas", paramLabel = "FILE", description = "The quota policy (kind: QuotaPolicy).")
    Path quotas;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files or folders of any kind (searched recursively for *.yaml, *.yml, *.json). Default: "
                    + "the folder the platform file names in 'descriptors'.")
    List<Path> paths = new ArrayList<>();
}
