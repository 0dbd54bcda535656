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
        footer = {"", "Examples:",
                "  connect-onboard quota check --platform examples/platform.yaml \\",
                "      --quotas examples/quotas.yaml --offline examples/departments/",
                "  connect-onboard quota check --platform examples/platform.yaml \\",
                "      --quotas examples/quotas.yaml --format junit --output quota.xml \\",
                "      examples/departments/",
                "", "Reads CONFLUENT_CLOUD_API_KEY / CONFLUENT_CLOUD_API_SECRET (a Cloud API key); "
                + "CONFLUENT_CLOUD_API_URL and CONFLUENT_CLOUD_METRICS_URL override the endpoints.",
                "Exit codes: 0 within limits, 1 a limit is exceeded or an input is invalid, 2 wrong usage, "
                        + "3 Confluent Cloud could not be read or its answer cannot be trusted."})
public final class QuotaCheckCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Mixin
    PlatformOption platform;

    @Option(names = "--quotas", required = true, paramLabel = "FILE",
            description = "The quota policy (kind: QuotaPolicy).")
    Path quotas;

    @Mixin
    DescriptorPaths descriptors;

    @Option(names = "--offline", description = "Check the descriptors alone, without reading Confluent Cloud; "
            + "every report says so.")
    boolean offline;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json, junit or markdown.")
    ReportFormat format;

    @Mixin
    OutputOption output;

    @Spec
    CommandSpec spec;

    /** Where credentials and endpoint overrides come from; tests replace it. */
    Map<String, String> environment = System.getenv();

    /** Opens the Confluent Cloud client; tests replace it to record retries instead of sleeping. */
    Function<Map<String, String>, ConfluentCloudClient> clients = env -> CloudClients.open(env, WITHOUT_CREDENTIALS,
            spec);

    static final String WITHOUT_CREDENTIALS = "run `connect-onboard quota check --offline ...` to check the "
            + "descriptors alone";

    @Override
    public Integer call() {
        Path outputFile = output.checked();
        QuotaReport report = new QuotaCheck(() -> clients.apply(environment)).run(new QuotaCheck.Request(
                platform.file(), quotas, descriptors.paths(), offline));
        String rendered = format.render(report);
        PrintWriter out = spec.commandLine().getOut();
        if (outputFile == null) {
            out.print(rendered);
        } else {
            ReportFile.write(outputFile, rendered);
            out.println(ReportSummary.oneLine(report) + "; " + format + " report written to " + outputFile);
        }
        out.flush();
        return report.passed() ? ExitCode.OK : ExitCode.CHECK_FAILED;
    }
}
