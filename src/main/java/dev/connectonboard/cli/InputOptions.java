package dev.connectonboard.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The inputs most commands take: an optional platform file, an optional quota policy, descriptor paths. */
public final class InputOptions {
    @Option(names = "--platform", paramLabel = "FILE", description = "The platform file (kind: Platform).")
    Path platform;

    @Option(names = "--quotas", paramLabel = "FILE", description = "The quota policy (kind: QuotaPolicy).")
    Path quotas;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Descriptor files or folders (searched recursively for *.yaml, *.yml, *.json).")
    List<Path> paths = new ArrayList<>();

    /** Every path to load, the platform and quota files first. */
    List<Path> allPaths() {
        List<Path> all = new ArrayList<>();
        if (platform != null) {
            all.add(platform);
        }
        if (quotas != null) {
            all.add(quotas);
        }
        all.addAll(paths);
        return all;
    }
}
