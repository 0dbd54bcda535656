package dev.connectonboard.cli;

import dev.connectonboard.generate.GenerateRun;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Where {@code generate} writes the roots and finds the modules: shared by every command that regenerates. */
public final class GenerateFolders {
    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder, one root module per department (default: ${DEFAULT-VALUE}).")
    Path out = GenerateRun.DEFAULT_OUT;

    @Option(names = "--modules", paramLabel = "DIR",
            description = "Folder of the hand-written modules (default: ${DEFAULT-VALUE}).")
    Path modules = GenerateRun.DEFAULT_MODULES;

    public Path out() {
        return out;
    }

    public Path modules() {
        return modules;
    }
}
