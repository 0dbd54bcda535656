package dev.connectonboard.plangate.report;

import java.nio.file.Path;

/**
 * SARIF artifact locations: a path under the working directory (where CI runs, the repository root) becomes a
 * relative URI against %SRCROOT%, which code scanning maps onto the repository; any other path an absolute file URI.
 */
final class Uris {
    record Located(String uri, boolean relative) {
    }

    private Uris() {
    }

    static Located of(Path file) {
        Path root = Path.of("").toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        if (absolute.startsWith(root)) {
            StringBuilder uri = new StringBuilder();
            for (Path part : root.relativize(absolute)) {
                if (!uri.isEmpty()) {
                    uri.append('/');
                }
                uri.append(java.net.URLEncoder.encode(part.toString(), java.nio.charset.StandardCharsets.UTF_8)
                        .replace("+", "%20"));
            }
            return new Located(uri.toString(), true);
        }
        return new Located(absolute.toUri().toString(), false);
    }
}
