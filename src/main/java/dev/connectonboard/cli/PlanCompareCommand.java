package dev.connectonboard.cli;

import dev.connectonboard.plangate.PlanComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compares a fresh plan with the approved one before applying: every planned change must be "
                + "the same (address, action, planned values, replacement causes). Differences are named by "
                + "address, never by value.",
        footer = {"", "Example:",
                "  connect-onboard plan compare --approved approved.json --plan fresh.json",
                "", "where both are 'terraform show -json' of a saved plan: the approved one from the reviewed run, "
                + "the fresh one planned just before applying.",
                "", "Exit codes: 0 the same changes, 1 they differ (do not apply: review a new plan), 2 wrong usage "
                + "(other departments), 3 a plan cannot be trusted."})
public final class PlanCompareCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Option(names = "--approved", paramLabel = "PLAN.json", required = true,
            description = "The reviewed plan, as 'terraform show -json' wrote it.")
    Path approved;

    @Option(names = "--plan", paramLabel = "PLAN.json", required = true,
            description = "The fresh plan of the same department root.")
    Path fresh;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PlanComparison.Result result = new PlanComparison().compare(approved, fresh);
        PrintWriter out = spec.commandLine().getOut();
        if (result.same()) {
            out.println("plan compare: department " + result.department() + " plans the " + result.changes()
                    + (result.changes() == 1 ? " change" : " changes") + " that were approved");
        } else {
            out.println("plan compare FAILED: department " + result.department() + " plans "
                    + result.differences().size() + (result.differences().size() == 1 ? " difference" :
                    " differences") + " from the approved plan; do not apply, review a new plan:");
            result.differences().forEach(d -> out.println("  " + d));
        }
        out.flush();
        return result.same() ? ExitCode.OK : ExitCode.CHECK_FAILED;
    }
}
