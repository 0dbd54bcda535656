package dev.connectonboard.cli;

import dev.connectonboard.generate.GenerateRun;
import dev.connectonboard.generate.OutputPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes one Terraform root module per department into OUT/<department>/. Only files whose "
                + "content changed are rewritten; a run that fails changes nothing.",
        footer = {"", "Examples:",
                "  connect-onboard generate --platform examples/platform.yaml \\",
                "      examples/departments",
                "  connect-onboard generate --platform examples/platform.yaml --check \\",
                "      examples/departments",
                "", "Exit codes: 0 written (or, with --check, up to date), 1 an input is invalid or (with --check) "
                        + "OUT is stale, 2 wrong usage (a missing file, a file of the wrong kind, no descriptor)."})
public final class GenerateCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Mixin
    PlatformOption platform;

    @Mixin
    GenerateFolders folders;

    @Option(names = "--check", description = "Write nothing; exit 1 with a diff when OUT is stale.")
    boolean check;

    @Mixin
    DescriptorPaths descriptors;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path out = folders.out();
        GenerateRun.Outcome outcome = GenerateRun.run(new GenerateRun.Options(platform.file(), descriptors.paths(), out,
                folders.modules(), check,
                Path.of("").toAbsolutePath()));
        OutputPlan plan = outcome.plan();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        for (Path orphan : plan.orphans()) {
            stderr.println("note: " + out.resolve(orphan) + " was generated earlier and no descriptor given produces it;"
                    + " a department leaves through `connect-onboard offboard` (its descriptor stays until the reduced"
                    + " root is applied); delete the folder once its state is empty");
        }
        if (check) {
            if (plan.upToDate()) {
                stdout.printf("%s is up to date (%d departments, %d files)%n", out, outcome.departments(),
                        plan.unchanged());
                return ExitCode.OK;
            }
            stdout.print(plan.diff());
            stdout.printf("%s is stale: %d file(s) differ, %d would be removed. Refresh it with: %s%n", out,
                    plan.changed().size(), plan.removed().size(), outcome.regenerateCommand());
            return ExitCode.CHECK_FAILED;
        }
        for (Path changed : plan.changed()) {
            stdout.println("wrote   " + out.resolve(changed));
        }
        for (Path removed : plan.removed()) {
            stdout.println("removed " + out.resolve(removed));
        }
        stdout.printf("%d department(s): %d file(s) written, %d removed, %d unchanged in %s%n", outcome.departments(),
                plan.changed().size(), plan.removed().size(), plan.unchanged(), out);
        return ExitCode.OK;
    }
}
