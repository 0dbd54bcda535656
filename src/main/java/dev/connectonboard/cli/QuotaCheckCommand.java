package dev.connectonboard.cli;

import dev.connectonboard.confluent.ConfluentCloudClient;
import dev.connectonboard.quota.QuotaCheck;
import dev.connectonboard.quota.QuotaReport;
import dev.connectonboard.quota.report.ReportFile;
import dev.connectonboard.quota.report.ReportFormat;
import dev.connectonboard.quota.report.ReportSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Pre-plan gate: checks every department against the quota policy, counting its descriptor's "
                + "connectors plus live connectors with its prefix that no descriptor declares, and holds the plan "
                + "against native Confluent Cloud quotas.",
        footer = {"", "Example:", "  connect-onboard quota check --platform examples/platform.yaml "
                + "--quotas examples/quotas.yaml --format junit --output quota.xml examples/departments/",
                "", "Reads CONFLUENT_CLOUD_API_KEY / CONFLUENT_CLOUD_API_SECRET (a Cloud API key); "
                + "CONFLUENT_CLOUD_API_URL and CONFLUENT_CLOUD_METRICS_URL override the endpoints.",
                "Exit codes: 0 within limits, 1 a limit is exceeded or an input is invalid, 2 wrong usage, "
                        + "3 Confluent Cloud could not be read or its answer cannot be trusted."})
public final class QuotaCheckCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Mixin
    InputOptions inputs;

    @Option(names = "--offline", description = "Check the descriptors alone, without reading Confluent Cloud; "
            + "every report says so.")
    boolean offline;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json, junit or markdown.")
    ReportFormat format;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the report to FILE and print a one-line summary instead.")
    Path output;

    @Spec
    CommandSpec spec;

    /** Where credentials and endpoint overrides come from; tests replace it. */
    Map<String, String> environment = System.getenv();

    /** Opens the Confluent Cloud client; tests replace it to record retries instead of sleeping. */
    Function<Map<String, String>, ConfluentCloudClient> clients = ConfluentCloudClient::fromEnvironment;

    @Override
    public Integer call() {
        if (inputs.platform == null || inputs.quotas == null) {
            throw new ParameterException(spec.commandLine(),
                    "quota check needs both --platform FILE and --quotas FILE");
        }
        QuotaReport report = new QuotaCheck(() -> clients.apply(environment))
                .run(new QuotaCheck.Request(inputs.platform, inputs.quotas, inputs.paths, offline));
        String rendered = format.render(report);
        PrintWriter out = spec.commandLine().getOut();
        if (output == null) {
            out.print(rendered);
        } else {
            ReportFile.write(output, rendered);
            out.println(ReportSummary.oneLine(report) + "; " + format + " report written to " + output);
        }
        out.flush();
        return report.passed() ? ExitCode.OK : ExitCode.CHECK_FAILED;
    }
}
