package dev.connectonboard.generate;

import dev.connectonboard.descriptor.DescriptorSources;
import dev.connectonboard.descriptor.Loaded;
import dev.connectonboard.descriptor.Problem;
import dev.connectonboard.descriptor.RenameRules;
import dev.connectonboard.descriptor.InvalidInputException;
import dev.connectonboard.descriptor.model.Platform;
import dev.connectonboard.errors.FailureKind;
import dev.connectonboard.errors.OnboardException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** One {@code generate} run: load and validate inputs, render every department, then write or compare. */
public final class GenerateRun {
    public static final Path DEFAULT_OUT = Path.of("generated");
    public static final Path DEFAULT_MODULES = Path.of("modules");

    /**
     * What the command asked for; {@code paths} empty means the folder the platform file names.
     *
     * @param workingDir where the command runs, for the refresh command printed on the console
     */
    public record Options(Path platformFile, List<Path> paths, Path outDir, Path modulesDir, boolean check,
                          Path workingDir) {
    }

    /**
     * What happened: the plan that was applied (or, with --check, found), how many departments were rendered, and
     * the command that refreshes the output, as typed from the working folder.
     */
    public record Outcome(OutputPlan plan, int departments, String regenerateCommand) {
    }

    private GenerateRun() {
    }

    public static Outcome run(Options options) {
        if (!Files.isDirectory(options.modulesDir().resolve("department"))) {
            throw new OnboardException(FailureKind.USAGE, "no Terraform modules at " + options.modulesDir()
                    + "/department; run from the repository root or pass --modules DIR");
        }
        OutputWriter.requireFolder(options.outDir());
        DescriptorSources.Selection selection = DescriptorSources.load(options.platformFile(), options.paths());
        Loaded<Platform> platform = selection.platform();
        List<Problem> renamed = RenameRules.check(selection.departments(), options.outDir());
        if (!renamed.isEmpty()) {
            throw new InvalidInputException(renamed, FailureKind.CHECK_FAILED);
        }
        checkQuotaGateFile(platform);
        GenerationRequest request = new GenerationRequest(platform, selection.departments(), options.outDir(),
                options.modulesDir(), DescriptorSources.namedFolder(platform.file(), platform.value()).orElse(null));
        List<GeneratedDepartment> generated = new Generator().generate(request);
        OutputWriter writer = new OutputWriter(options.outDir());
        OutputPlan plan = options.check() ? writer.plan(generated) : writer.apply(generated);
        return new Outcome(plan, generated.size(), regenerateCommand(options));
    }

    private static void checkQuotaGateFile(Loaded<Platform> platform) {
        var gate = platform.value().terraform().quotaGate();
        if (gate == null) {
            return;
        }
        Path quotas = platform.file().toAbsolutePath().getParent().resolve(gate.quotasFile()).normalize();
        if (!Files.isRegularFile(quotas)) {
            throw new InvalidInputException(List.of(new Problem(platform.file(),
                    platform.locate("/terraform/quotaGate/quotasFile"), "terraform.quotaGate.quotasFile",
                    "no file at " + quotas + "; the path is relative to the platform file")));
        }
    }

    static String regenerateCommand(Options options) {
        StringBuilder command = new StringBuilder("./connect-onboard generate --platform ")
                .append(ViewBuilder.displayPath(options.workingDir(), options.platformFile()));
        String out = ViewBuilder.displayPath(options.workingDir(), options.outDir());
        if (!out.equals(DEFAULT_OUT.toString())) {
            command.append(" --out ").append(out);
        }
        String modules = ViewBuilder.displayPath(options.workingDir(), options.modulesDir());
        if (!modules.equals(DEFAULT_MODULES.toString())) {
            command.append(" --modules ").append(modules);
        }
        for (Path path : options.paths()) {
            command.append(' ').append(ViewBuilder.displayPath(options.workingDir(), path));
        }
        return command.toString();
    }
}
