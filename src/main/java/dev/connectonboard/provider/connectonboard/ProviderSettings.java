package dev.connectonboard.provider.connectonboard;

import dev.connectonboard.provider.spi.AttributePath;
import dev.connectonboard.provider.spi.Config;
import dev.connectonboard.provider.spi.Diagnostics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The provider block, checked: file paths resolved against Terraform's working directory, plus the environment the
 * Confluent client reads its credentials from. Files are only read when a data source needs them.
 */
public record ProviderSettings(Path platformFile, Optional<Path> quotasFile, List<Path> descriptors,
                               Map<String, String> environment) {

    static ProviderSettings from(Config config, Map<String, String> environment, Diagnostics diagnostics) {
        for (String name : List.of("platform_file", "quotas_file", "descriptors")) {
            if (config.isUnknown(name)) {
                diagnostics.error(AttributePath.attribute(name), "Value must be known during plan",
                        name + " is computed from something Terraform only knows after apply; connect-onboard reads "
                                + "these files while planning, so give a path known in advance (a literal or a "
                                + "variable).");
            }
        }
        if (diagnostics.hasErrors()) {
            return null;
        }
        Path platformFile = existingFile(config.string("platform_file").orElse(null), "platform_file", diagnostics);
        Optional<Path> quotasFile = config.string("quotas_file")
                .map(path -> existingFile(path, "quotas_file", diagnostics));
        List<Path> descriptors = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object> listed = (List<Object>) config.values().get("descriptors");
        if (listed != null) {
            for (int i = 0; i < listed.size(); i++) {
                Object entry = listed.get(i);
                AttributePath at = AttributePath.attribute("descriptors").thenIndex(i);
                if (!(entry instanceof String path)) {
                    diagnostics.error(at, "Descriptor path must be known during plan", "descriptors[" + i + "] is "
                            + (entry == null ? "null" : "not known until apply") + "; give a file or folder path.");
                } else if (!Files.exists(Path.of(path))) {
                    diagnostics.error(at, "Descriptor path not found", "descriptors[" + i + "] = \"" + path
                            + "\" does not exist (relative paths start at Terraform's working directory, "
                            + Path.of("").toAbsolutePath() + "). Use path.module to build the path.");
                } else {
                    descriptors.add(Path.of(path));
                }
            }
        }
        return diagnostics.hasErrors() ? null : new ProviderSettings(platformFile, quotasFile, descriptors, environment);
    }

    private static Path existingFile(String path, String attribute, Diagnostics diagnostics) {
        if (path == null) {
            return null;
        }
        Path file = Path.of(path);
        if (!Files.isRegularFile(file)) {
            diagnostics.error(AttributePath.attribute(attribute), "File not found", attribute + " = \"" + path
                    + "\" is not a readable file (relative paths start at Terraform's working directory, "
                    + Path.of("").toAbsolutePath() + "). Use path.module to build the path.");
        }
        return file;
    }
}
