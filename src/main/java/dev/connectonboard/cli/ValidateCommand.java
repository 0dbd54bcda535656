package dev.connectonboard.cli;

import dev.connectonboard.descriptor.InputSet;
import dev.connectonboard.descriptor.InvalidInputException;
import dev.connectonboard.descriptor.Problem;
import dev.connectonboard.descriptor.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks platform, quota and department files; prints every problem found, as "
                + "file:line:column: field: message, and warns about placeholders connect-onboard init wrote.",
        footer = {"", "Examples:",
                "  connect-onboard validate --platform examples/platform.yaml \\",
                "      --quotas examples/quotas.yaml examples/departments/",
                "  connect-onboard validate examples/departments/hr.yaml",
                "", "Exit codes: 0 valid (warnings do not fail), 1 a problem was found, 2 wrong usage."})
public final class ValidateCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Mixin
    InputOptions inputs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Validation.Outcome outcome = Validation.run(inputs.platform, inputs.quotas, inputs.paths);
        InputSet loaded = outcome.inputs();
        PrintWriter out = spec.commandLine().getOut();
        for (Path skipped : loaded.skipped()) {
            out.println(InvalidInputException.skippedLine(skipped));
        }
        PrintWriter err = spec.commandLine().getErr();
        for (Problem warning : outcome.warnings()) {
            err.println("warning: " + warning);
        }
        err.flush();
        for (String line : outcome.sourceTopics()) {
            out.println("source topics: " + line);
        }
        out.printf("ok: %d department(s), %d platform file(s), %d quota policy file(s) valid%s%n",
                loaded.departments().size(), loaded.platforms().size(), loaded.policies().size(),
                outcome.warnings().isEmpty() ? "" : ", " + outcome.warnings().size() + " warning(s)");
        return ExitCode.OK;
    }
}
