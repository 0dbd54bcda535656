package dev.connectonboard.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A throw-away copy of the shipped examples with an empty modules folder, for generator tests. */
final class Workspace {
    static final Path PROJECT = Path.of("").toAbsolutePath();

    final Path root;
    final Path platform;
    final Path departments;
    final Path out;
    final Path modules;

    Workspace(Path root) {
        this.root = root;
        this.platform = root.resolve("examples/platform.yaml");
        this.departments = root.resolve("examples/departments");
        this.out = root.resolve("generated");
        this.modules = root.resolve("modules");
        try {
            Files.createDirectories(departments);
            Files.createDirectories(modules.resolve("department"));
            Files.copy(PROJECT.resolve("examples/platform.yaml"), platform);
            Files.copy(PROJECT.resolve("examples/quotas.yaml"), root.resolve("examples/quotas.yaml"));
            for (String name : List.of("finance", "hr", "research")) {
                Files.copy(PROJECT.resolve("examples/departments/" + name + ".yaml"),
                        departments.resolve(name + ".yaml"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    GenerateRun.Outcome generate(boolean check) {
        return GenerateRun.run(new GenerateRun.Options(platform, List.of(departments), out, modules, check, root));
    }

    void edit(String department, String from, String to) {
        Path file = departments.resolve(department + ".yaml");
        try {
            String text = Files.readString(file);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(file + " does not contain " + from);
            }
            Files.writeString(file, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String read(String relative) {
        try {
            return Files.readString(out.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
