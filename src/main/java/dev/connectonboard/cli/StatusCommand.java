package dev.connectonboard.cli;

import dev.connectonboard.confluent.ConfluentCloudClient;
import dev.connectonboard.descriptor.DescriptorSources;
import dev.connectonboard.errors.FailureKind;
import dev.connectonboard.errors.OnboardException;
import dev.connectonboard.operator.AtomicFiles;
import dev.connectonboard.operator.status.RestSelfManagedWorkers;
import dev.connectonboard.operator.status.StatusReader;
import dev.connectonboard.operator.status.StatusReport;
import dev.connectonboard.operator.status.render.HtmlStatusPage;
import dev.connectonboard.operator.status.render.JsonStatus;
import dev.connectonboard.operator.status.render.TextStatus;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Shows the live state of a department's connectors (or every department's): state, tasks, "
                + "the last error shortened to what a person needs, records in, out and to the dead letter queue "
                + "over the last hour, and connectors with the department's prefix that no descriptor declares.",
        footer = {"", "Examples:",
                "  connect-onboard status --platform examples/platform.yaml --department finance",
                "  connect-onboard status --platform examples/platform.yaml --all \\",
                "      --html status.html examples/departments",
                "", "Reads CONFLUENT_CLOUD_API_KEY / CONFLUENT_CLOUD_API_SECRET (a Cloud API key); "
                + "CONFLUENT_CLOUD_API_URL and CONFLUENT_CLOUD_METRICS_URL override the endpoints.",
                "Connectors are listed failed first, then degraded, missing, provisioning or paused, running.",
                "Exit codes: 0 status shown (whatever the connectors' health), 2 wrong usage or unknown department, "
                        + "3 the Connect API could not be read (nothing is shown then). Metrics that cannot be read "
                        + "are reported as unavailable instead."})
public final class StatusCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Mixin
    PlatformOption platform;

    /** Exactly one of the two; a group, so help shows the choice as required: (--department=NAME | --all). */
    @ArgGroup(exclusive = true, multiplicity = "1")
    Scope scope;

    static final class Scope {
        // the same spelling and meaning as DepartmentOption, which cannot be mixed into a group
        @Option(names = "--department", paramLabel = "NAME", description = "The department (its descriptor's name).")
        String department;

        @Option(names = "--all", description = "Every department, plus connectors no department's prefix owns.")
        boolean all;
    }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json (stable, for scripts).")
    Format format;

    @Option(names = "--html", paramLabel = "FILE",
            description = "Also write one self-contained HTML health page to FILE (its folder must exist).")
    Path html;

    @Mixin
    DescriptorPaths descriptors;

    @Spec
    CommandSpec spec;

    /** Where credentials and endpoint overrides come from; tests replace it. */
    Map<String, String> environment = System.getenv();

    /** Opens the Confluent Cloud client; tests replace it to record retries instead of sleeping. */
    Function<Map<String, String>, ConfluentCloudClient> clients = env -> CloudClients.open(env, WITHOUT_CREDENTIALS,
            spec);

    static final String WITHOUT_CREDENTIALS = "run `connect-onboard validate` to check the descriptors without "
            + "credentials (status itself always reads live state)";

    /** Time of the read and end of the metrics window; tests fix it. */
    Clock clock = Clock.systemUTC();

    enum Format { TEXT, JSON }

    @Override
    public Integer call() {
        if (html != null) {
            OutputOption.writableFile(html, "--html");
        }
        DescriptorSources.Selection loaded = DescriptorSources.load(platform.file(), descriptors.paths());
        if (scope.department != null) {
            DescriptorSources.requireDepartment(loaded.departments(), scope.department);
        }
        StatusReport report;
        try (ConfluentCloudClient client = clients.apply(environment)) {
            report = new StatusReader(client, clock, new RestSelfManagedWorkers(environment))
                    .read(new StatusReader.Request(loaded.platform(),
                    loaded.departments(), scope.department));
        }
        if (html != null) {
            try {
                AtomicFiles.replace(html, HtmlStatusPage.render(report));
            } catch (IOException e) {
                throw new OnboardException(FailureKind.USAGE, "cannot write the status page to " + html + ": "
                        + e.getMessage() + "; pass an --html path in a writable folder", e);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.JSON ? JsonStatus.render(report) : TextStatus.render(report));
        out.flush();
        if (html != null) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("status page written to " + html);
            err.flush();
        }
        return ExitCode.OK;
    }
}
