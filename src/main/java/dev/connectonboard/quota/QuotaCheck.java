package dev.connectonboard.quota;

import dev.connectonboard.confluent.ConfluentCloudClient;
import dev.connectonboard.descriptor.DescriptorSources;
import dev.connectonboard.descriptor.DescriptorKind;
import dev.connectonboard.descriptor.InputLoader;
import dev.connectonboard.descriptor.InvalidInputException;
import dev.connectonboard.descriptor.PolicyOverrides;
import dev.connectonboard.descriptor.Problem;
import dev.connectonboard.descriptor.InputSet;
import dev.connectonboard.descriptor.Loaded;
import dev.connectonboard.descriptor.model.ConfluentSettings;
import dev.connectonboard.descriptor.model.Platform;
import dev.connectonboard.descriptor.model.QuotaPolicy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * The pre-plan gate: reads the inputs, reads live usage unless offline, and returns the verdicts. The policy is
 * loaded on its own so that forbidden classes end up in the report as violations rather than as input errors.
 */
public final class QuotaCheck {

    /** What to check; {@code paths} are descriptor files or folders, empty for the folder the platform file names. */
    public record Request(Path platform, Path quotas, List<Path> paths, boolean offline) {
        public Request {
            paths = List.copyOf(paths);
        }
    }

    private final Supplier<ConfluentCloudClient> clients;

    /** @param clients opens a client when the check runs online; not called offline */
    public QuotaCheck(Supplier<ConfluentCloudClient> clients) {
        this.clients = clients;
    }

    public QuotaReport run(Request request) {
        InputLoader.requireFile(request.quotas(), DescriptorKind.QuotaPolicy);
        DescriptorSources.Selection selection = DescriptorSources.load(request.platform(), request.paths());
        InputSet inputs = selection.inputs();
        Loaded<Platform> platform = selection.platform();
        Loaded<QuotaPolicy> loadedPolicy = InputLoader.load(List.of(request.quotas())).policyFrom(request.quotas());
        List<Problem> undeclared = PolicyOverrides.undeclared(loadedPolicy, inputs.departments(),
                selection.descriptorPaths().stream().anyMatch(Files::isDirectory));
        if (!undeclared.isEmpty()) {
            throw new InvalidInputException(undeclared);
        }
        QuotaPolicy policy = loadedPolicy.value();
        List<DepartmentPlan> plans = inputs.departments().stream()
                .map(department -> DescriptorPlans.from(department, policy)).toList();
        ConfluentSettings confluent = platform.value().confluent();
        String clusterId = confluent.kafkaCluster().id();
        LiveState live;
        if (request.offline()) {
            live = LiveState.offlineState();
        } else {
            try (ConfluentCloudClient client = clients.get()) {
                live = LiveStateReader.read(client, confluent.environmentId(), clusterId);
            }
        }
        return QuotaEngine.evaluate(platform.value().name(), confluent.environmentId(), clusterId, plans, live);
    }
}
