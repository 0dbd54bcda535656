package dev.connectonboard.quota;

import dev.connectonboard.descriptor.Loaded;
import dev.connectonboard.descriptor.Location;
import dev.connectonboard.descriptor.model.Connector;
import dev.connectonboard.descriptor.model.DepartmentOnboarding;
import dev.connectonboard.descriptor.model.QuotaLimits;
import dev.connectonboard.descriptor.model.QuotaPolicy;

import java.util.ArrayList;
import java.util.List;

/** Turns a loaded descriptor and the policy into the engine's {@link DepartmentPlan}, keeping file and line. */
public final class DescriptorPlans {

    private DescriptorPlans() {
    }

    public static DepartmentPlan from(Loaded<DepartmentOnboarding> loaded, QuotaPolicy policy) {
        DepartmentOnboarding descriptor = loaded.value();
        List<DeclaredConnector> connectors = new ArrayList<>();
        for (int i = 0; i < descriptor.connectors().size(); i++) {
            Connector connector = descriptor.connectors().get(i);
            String at = "/connectors/" + i;
            connectors.add(new DeclaredConnector(connector.name(), connector.connectorClass(), connector.tasks(),
                    ref(loaded, at), ref(loaded, at + "/tasks"), ref(loaded, at + "/class")));
        }
        List<SourceRef> endpoints = new ArrayList<>();
        for (int i = 0; i < descriptor.privateLinkEgress().size(); i++) {
            endpoints.add(ref(loaded, "/privateLinkEgress/" + i));
        }
        QuotaLimits limits = policy.effectiveLimits(descriptor.name());
        return new DepartmentPlan(descriptor.name(), descriptor.prefix(), ref(loaded, "/department"), connectors,
                endpoints, new DepartmentLimits(limits.maxConnectors(), limits.maxTasks(),
                limits.maxTasksPerConnector(), limits.maxPrivateLinkEndpoints(), limits.allowedConnectorClasses()));
    }

    private static SourceRef ref(Loaded<?> loaded, String pointer) {
        Location location = loaded.locate(pointer);
        return new SourceRef(loaded.file(), location.line(), location.column());
    }
}
