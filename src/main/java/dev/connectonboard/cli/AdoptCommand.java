package dev.connectonboard.cli;

import dev.connectonboard.confluent.ConfluentCloudClient;
import dev.connectonboard.descriptor.DescriptorSources;
import dev.connectonboard.operator.adopt.AdoptText;
import dev.connectonboard.operator.adopt.Adopter;
import dev.connectonboard.operator.adopt.LiveSources;
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

@Command(name = "adopt", mixinStandardHelpOptions = true,
        description = "Brings what already runs under a department's prefix under GitOps: live connectors named "
                + "<prefix>-... that no descriptor declares and the department's undeclared topics become descriptor "
                + "entries (listed under adopted:, so the generated root imports them instead of creating them). "
                + "Without --write it prints the YAML to add.",
        footer = {"", "Examples:",
                "  connect-onboard adopt --platform examples/platform.yaml \\",
                "      --department finance",
                "  connect-onboard adopt --platform examples/platform.yaml \\",
                "      --department payments --prefix pay --write",
                "", "Reads CONFLUENT_CLOUD_API_KEY / CONFLUENT_CLOUD_API_SECRET (connectors), KAFKA_API_KEY / "
                + "KAFKA_API_SECRET (topics, Kafka REST; KAFKA_REST_ENDPOINT overrides the platform's), and for "
                + "self-managed departments CONNECT_REST_PASSWORD (and CONNECT_REST_URL) for the workers.",
                "Exit codes: 0 shown (and with --write written), 1 an input is invalid, 2 wrong usage, 3 Confluent "
                        + "Cloud, the cluster or the workers could not be read."})
public final class AdoptCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Mixin
    PlatformOption platform;

    @Mixin
    RequiredDepartmentOption department;

    @Option(names = "--prefix", paramLabel = "P",
            description = "For a department with no descriptor yet: start one (as init would) from what runs under P.")
    String prefix;

    @Option(names = "--owner", paramLabel = "E", description = "The new descriptor's owner (with --prefix).")
    String owner;

    @Option(names = "--write", description = "Write the entries into the descriptor (appended, every existing line "
            + "and comment kept), or the new descriptor; without it nothing is written.")
    boolean write;

    @Mixin
    DescriptorPaths descriptors;

    @Spec
    CommandSpec spec;

    /** Where credentials and endpoint overrides come from; tests replace it. */
    Map<String, String> environment = System.getenv();

    Function<Map<String, String>, ConfluentCloudClient> clients = env -> CloudClients.open(env, null, spec);

    @Override
    public Integer call() {
        DescriptorSources.Selection loaded = DescriptorSources.load(platform.file(), descriptors.paths());
        // a new descriptor goes into the first folder given (or the platform's descriptors folder)
        Path first = loaded.descriptorPaths().isEmpty() ? Path.of(".") : loaded.descriptorPaths().get(0);
        Path folder = java.nio.file.Files.isDirectory(first) ? first : first.toAbsolutePath().getParent();
        Adopter.Result result = new Adopter(new LiveSources(() -> clients.apply(environment), environment))
                .run(new Adopter.Request(loaded.platform(), loaded.departments(), department.name(), prefix, owner,
                        folder, write));
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(AdoptText.render(result));
        stdout.flush();
        return ExitCode.OK;
    }
}
