package dev.connectonboard.bench;

import java.nio.file.Path;

/** Benchmarks of the other components (quota check, provider), added as they land. */
final class ExtraBenchmarks {
    private ExtraBenchmarks() {
    }

    static void runAll(Path work, Path project) {
        // filled in when the quota and provider benchmarks are merged
    }
}
