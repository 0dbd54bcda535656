package dev.connectonboard.cli;

import dev.connectonboard.plangate.PlanCheck;
import dev.connectonboard.plangate.PlanGateReport;
import dev.connectonboard.plangate.report.PlanReportFormat;
import dev.connectonboard.plangate.report.Wording;
import dev.connectonboard.quota.report.ReportFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Plan gate: reads each department's 'terraform show -json' plan and fails on any change that "
                + "destroys data (a topic deleted or replaced, a department removed) or resets a connector "
                + "(deleted or replaced) unless the department's descriptor acknowledges it under "
                + "acknowledgements; reports access changes and additions, each traced to its descriptor line.",
        footer = {"", "Example:", "  terraform -chdir=generated/finance plan -out=finance.tfplan",
                "  terraform -chdir=generated/finance show -json finance.tfplan > finance.plan.json",
                "  connect-onboard plan check --platform examples/platform.yaml --plan finance.plan.json "
                        + "--format markdown --output plan-comment.md examples/departments/",
                "", "Exit codes: 0 nothing lost unacknowledged, 1 an unacknowledged change destroys data or resets a "
                + "connector (or an input is invalid), 2 wrong usage, 3 a plan cannot be trusted (malformed or "
                + "truncated JSON, another format version, errored, not a root of this platform)."})
public final class PlanCheckCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Option(names = "--platform", paramLabel = "FILE", required = true,
            description = "The platform file (kind: Platform).")
    Path platform;

    @Option(names = "--plan", paramLabel = "PLAN.json", required = true,
            description = "A department root's plan as 'terraform show -json PLANFILE' writes it; once per "
                    + "department.")
    List<Path> plans = new ArrayList<>();

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Descriptor files or folders (searched recursively for *.yaml, *.yml, *.json).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json, junit, markdown or sarif.")
    PlanReportFormat format;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the report to FILE and print a one-line summary instead.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PlanGateReport report = new PlanCheck().run(new PlanCheck.Request(platform, plans, paths));
        String rendered = format.render(report);
        PrintWriter out = spec.commandLine().getOut();
        if (output == null) {
            out.print(rendered);
        } else {
            ReportFile.write(output, rendered);
            out.println(Wording.oneLine(report) + "; " + format + " report written to " + output);
        }
        out.flush();
        return report.passed() ? ExitCode.OK : ExitCode.CHECK_FAILED;
    }
}
