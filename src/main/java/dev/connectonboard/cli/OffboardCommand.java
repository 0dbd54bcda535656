package dev.connectonboard.cli;

import dev.connectonboard.confluent.ConfluentCloudClient;
import dev.connectonboard.descriptor.DescriptorSources;
import dev.connectonboard.descriptor.Loaded;
import dev.connectonboard.descriptor.model.DepartmentOnboarding;
import dev.connectonboard.generate.GenerateRun;
import dev.connectonboard.operator.offboard.OffboardReport;
import dev.connectonboard.operator.offboard.OffboardText;
import dev.connectonboard.operator.offboard.Offboarder;
import dev.connectonboard.operator.status.RestSelfManagedWorkers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

@Command(name = "offboard", mixinStandardHelpOptions = true,
        description = "Shows what removing a department destroys (its topics and their records, its connectors, "
                + "its access), with live facts when credentials are set; with --write, marks the descriptor as "
                + "offboarding (and acknowledges it) and regenerates the reduced root whose one apply deletes it all, "
                + "keeping the --keep-topic topics.",
        footer = {"", "Examples:",
                "  connect-onboard offboard --platform examples/platform.yaml \\",
                "      --department finance",
                "  connect-onboard offboard --platform examples/platform.yaml \\",
                "      --department finance --keep-topic fin.ledger.entries \\",
                "      --write --reason \"Finance leaves (CHG-4800)\"",
                "", "Reads CONFLUENT_CLOUD_API_KEY / CONFLUENT_CLOUD_API_SECRET (a Cloud API key) for live facts; "
                + "self-managed departments' workers with CONNECT_REST_PASSWORD (and CONNECT_REST_URL).",
                "Exit codes: 0 shown (and with --write written), 1 an input is invalid, 2 wrong usage or unknown "
                        + "department."})
public final class OffboardCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Mixin
    PlatformOption platform;

    @Mixin
    RequiredDepartmentOption department;

    @Option(names = "--keep-topic", paramLabel = "TOPIC",
            description = "A topic (or DLQ) to keep: released from Terraform's state instead of deleted. Repeatable.")
    List<String> keepTopics = new ArrayList<>();

    @Option(names = "--write", description = "Edit the descriptor (offboarding marker and acknowledgement, comments "
            + "kept) and regenerate the roots; without it nothing is written.")
    boolean write;

    @Option(names = "--reason", paramLabel = "TEXT",
            description = "Why the department leaves (a ticket, where the data went): the acknowledgement's reason.")
    String reason;

    @Mixin
    GenerateFolders folders;

    @Mixin
    DescriptorPaths descriptors;

    @Spec
    CommandSpec spec;

    /** Where credentials and endpoint overrides come from; tests replace it. */
    Map<String, String> environment = System.getenv();

    Function<Map<String, String>, ConfluentCloudClient> clients = env -> CloudClients.open(env, WITHOUT_CREDENTIALS,
            spec);

    static final String WITHOUT_CREDENTIALS = "the report then shows the descriptor's view only";

    @Override
    public Integer call() {
        DescriptorSources.Selection loaded = DescriptorSources.load(platform.file(), descriptors.paths());
        Loaded<DepartmentOnboarding> chosen = DescriptorSources.requireDepartment(loaded.departments(),
                department.name());
        Runnable regenerate = () -> GenerateRun.run(new GenerateRun.Options(platform.file(), descriptors.paths(),
                folders.out(), folders.modules(), false, Path.of("").toAbsolutePath()));
        OffboardReport report = new Offboarder(() -> clients.apply(environment),
                new RestSelfManagedWorkers(environment), Clock.systemUTC())
                .run(new Offboarder.Request(loaded.platform(), chosen, keepTopics, reason, write, regenerate));
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(OffboardText.render(report));
        stdout.flush();
        return ExitCode.OK;
    }
}
