package dev.connectonboard.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The department descriptors a command reads: positional {@code PATH...} (files or folders) for every command, with
 * {@code --descriptors PATH...} accepted as the same thing for scripts written before it was positional. None given
 * means the folder the platform file names ({@code descriptors:}); {@code DescriptorSources} says what to pass when
 * there is none. Mix into a command with {@code @Mixin DescriptorPaths descriptors;}.
 */
public final class DescriptorPaths {
    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Department descriptors: files or folders (searched recursively for *.yaml, *.yml, "
                    + "*.json). Default: the folder the platform file names in 'descriptors'.")
    List<Path> positional = new ArrayList<>();

    @Option(names = "--descriptors", paramLabel = "PATH", arity = "1..*", hidden = true,
            description = "The same as PATH... (the older spelling, still accepted).")
    List<Path> option = new ArrayList<>();

    /** Every path given, in order; empty when the platform file's folder is meant. */
    public List<Path> paths() {
        List<Path> all = new ArrayList<>(option);
        all.addAll(positional);
        return all;
    }
}
