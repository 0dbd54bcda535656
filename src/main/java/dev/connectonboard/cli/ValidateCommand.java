package dev.connectonboard.cli;

import dev.connectonboard.descriptor.DescriptorKind;
import dev.connectonboard.descriptor.InputLoader;
import dev.connectonboard.descriptor.InputSet;
import dev.connectonboard.descriptor.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks platform, quota and department files; prints every problem found, as "
                + "file:line:column: field: message.",
        footer = {"", "Example:", "  connect-onboard validate --platform examples/platform.yaml \\",
                "      --quotas examples/quotas.yaml examples/departments/"})
public final class ValidateCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Mixin
    InputOptions inputs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (inputs.platform != null) {
            InputLoader.requireFile(inputs.platform, DescriptorKind.Platform);
        }
        if (inputs.quotas != null) {
            InputLoader.requireFile(inputs.quotas, DescriptorKind.QuotaPolicy);
        }
        InputSet loaded = InputLoader.load(inputs.allPaths());
        if (inputs.platform != null) {
            loaded.platformFrom(inputs.platform);
        }
        if (inputs.quotas != null) {
            loaded.policyFrom(inputs.quotas);
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Path skipped : loaded.skipped()) {
            out.println(InvalidInputException.skippedLine(skipped));
        }
        out.printf("ok: %d department(s), %d platform file(s), %d quota policy file(s) valid%n",
                loaded.departments().size(), loaded.platforms().size(), loaded.policies().size());
        return ExitCode.OK;
    }
}
