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
        footer = {"", "Example:",
                "  connect-onboard plan check --platform examples/platform.yaml \\",
                "      --plan finance.json --format markdown --output plan-comment.md \\",
                "      examples/departments/",
                "", "where Terraform wrote finance.json:",
                "  terraform -chdir=generated/finance plan -out=plan.tfplan",
                "  terraform -chdir=generated/finance show -json plan.tfplan > finance.json",
                "", "Exit codes: 0 nothing lost unacknowledged, 1 an unacknowledged change destroys data or resets a "
                + "connector (or an input is invalid), 2 wrong usage, 3 a plan cannot be trusted (malformed or "
                + "truncated JSON, another format version, errored, not a root of this platform)."})
public final class PlanCheckCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Mixin
    PlatformOption platform;

    @Option(names = "--plan", paramLabel = "PLAN.json", required = true,
            description = "A department root's plan as 'terraform show -json PLANFILE' writes it; once per "
                    + "department.")
    List<Path> plans = new ArrayList<>();

    @Mixin
    DescriptorPaths descriptors;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json, junit, markdown or sarif.")
    PlanReportFormat format;

    @Mixin
    OutputOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path outputFile = output.checked();
        PlanGateReport report = new PlanCheck().run(new PlanCheck.Request(platform.file(), plans,
                descriptors.paths()));
        String rendered = format.render(report);
        PrintWriter out = spec.commandLine().getOut();
        if (outputFile == null) {
            out.print(rendered);
        } else {
            ReportFile.write(outputFile, rendered);
            out.println(Wording.oneLine(report) + "; " + format + " report written to " + outputFile);
        }
        out.flush();
        return report.passed() ? ExitCode.OK : ExitCode.CHECK_FAILED;
    }
}
