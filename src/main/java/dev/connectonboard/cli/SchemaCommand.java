package dev.connectonboard.cli;

import dev.connectonboard.descriptor.DescriptorKind;
import dev.connectonboard.descriptor.SchemaFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Prints the JSON Schema of Platform, QuotaPolicy or DepartmentOnboarding, or writes all three "
                + "into a folder, for editors: a descriptor's first line can then point at one, e.g. "
                + "'# yaml-language-server: $schema=../schemas/Platform.json'.",
        footer = {"", "Examples:", "  connect-onboard schema DepartmentOnboarding > department.schema.json",
                "  connect-onboard schema --out schemas"})
public final class SchemaCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Parameters(paramLabel = "KIND", arity = "0..1", description = "One of: ${COMPLETION-CANDIDATES}")
    DescriptorKind kind;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write every kind's schema into DIR as <KIND>.json instead of printing one.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        if (out != null) {
            if (kind != null) {
                throw new ParameterException(spec.commandLine(), "give KIND (print one schema) or --out DIR (write "
                        + "all of them), not both");
            }
            SchemaFiles.writeAll(out).forEach(file -> stdout.println("wrote " + file));
        } else if (kind == null) {
            throw new ParameterException(spec.commandLine(), "schema needs a KIND (Platform, QuotaPolicy or "
                    + "DepartmentOnboarding) or --out DIR");
        } else {
            stdout.print(SchemaFiles.text(kind));
        }
        stdout.flush();
        return ExitCode.OK;
    }
}
