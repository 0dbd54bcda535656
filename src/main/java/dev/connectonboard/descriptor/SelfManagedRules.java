package dev.connectonboard.descriptor;

import dev.connectonboard.descriptor.catalog.CatalogEntry;
import dev.connectonboard.descriptor.catalog.ConnectorCatalog;
import dev.connectonboard.descriptor.model.ConnectRuntime;
import dev.connectonboard.descriptor.model.Connector;
import dev.connectonboard.descriptor.model.DepartmentOnboarding;
import dev.connectonboard.descriptor.model.Platform;
import dev.connectonboard.descriptor.model.SelfManagedConnect.Plugin;
import dev.connectonboard.descriptor.model.SelfManagedConnect.WorkerImage;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A self-managed department against the platform's worker images: the image must be one the platform declares, and
 * every connector's class must be installed in it (a class the image lacks makes the worker refuse the connector at
 * apply time). Settings the catalog knows are checked too: required ones present, passwords only under secrets.
 */
final class SelfManagedRules {
    /** Connector classes that can assume an IAM role with the workers' task role credentials. */
    static final Set<String> ASSUMES_IAM_ROLE = Set.of("io.confluent.connect.s3.S3SinkConnector");
    /** Settings connect-onboard writes into self-managed configs itself (see generate/SelfManagedConfig). */
    static final Set<String> GENERATED = Set.of("database.server.id");

    private SelfManagedRules() {
    }

    static void check(DepartmentOnboarding descriptor, Platform platform, ProblemCollector problems) {
        if (descriptor.connect().runtime() != ConnectRuntime.SELF_MANAGED) {
            return;
        }
        ConnectorCatalog catalog = ConnectorCatalog.shared();
        for (int i = 0; i < descriptor.connectors().size(); i++) {
            checkSettings(descriptor.connectors().get(i), "/connectors/" + i, catalog, problems);
        }
        if (platform == null || descriptor.connect().selfManaged() == null) {
            return;
        }
        if (platform.selfManagedConnect() == null || platform.selfManagedConnect().workerImages().isEmpty()) {
            problems.add("/connect/runtime", "the platform '" + platform.name() + "' declares no self-managed "
                    + "worker image; ask the platform team to add selfManagedConnect.workerImages to the platform "
                    + "file (see examples/connect-worker/Dockerfile), or use runtime: managed");
            return;
        }
        List<WorkerImage> images = platform.selfManagedConnect().workerImages();
        String wanted = descriptor.connect().selfManaged().image();
        Optional<WorkerImage> image = images.stream().filter(i -> i.name().equals(wanted)).findFirst();
        List<String> names = images.stream().map(WorkerImage::name).toList();
        if (image.isEmpty()) {
            problems.add("/connect/selfManaged/image", "worker image '" + wanted + "' is not one the platform '"
                    + platform.name() + "' declares (" + String.join(", ", names) + ")"
                    + Suggestions.didYouMean(wanted, names));
            return;
        }
        for (int i = 0; i < descriptor.connectors().size(); i++) {
            Connector connector = descriptor.connectors().get(i);
            String javaClass = catalog.javaClass(connector.connectorClass());
            if (!image.get().holds(javaClass)) {
                List<String> held = image.get().plugins().stream().map(Plugin::javaClass).toList();
                problems.add("/connectors/" + i + "/class", "connector class '" + connector.connectorClass() + "'"
                        + (javaClass.equals(connector.connectorClass()) ? "" : " (" + javaClass + " on the workers)")
                        + " is not installed in worker image '" + wanted + "', which holds " + String.join(", ", held)
                        + "; ask the platform team to add the plugin to the image, or choose an image that has it");
            }
        }
    }

    private static void checkSettings(Connector connector, String at, ConnectorCatalog catalog,
                                      ProblemCollector problems) {
        Optional<CatalogEntry> entry = catalog.selfManaged(connector.connectorClass());
        String javaClass = catalog.javaClass(connector.connectorClass());
        if (connector.iamRole() != null && !ASSUMES_IAM_ROLE.contains(javaClass)) {
            problems.add(at + "/iamRole", "on self-managed workers only " + String.join(", ", ASSUMES_IAM_ROLE)
                    + " assumes an IAM role (with the workers' task role); remove iamRole from this connector");
        }
        if (entry.isEmpty()) {
            return;
        }
        for (String required : entry.get().required()) {
            if (!connector.config().containsKey(required) && !connector.secrets().containsKey(required)
                    && !GENERATED.contains(required)) {
                problems.add(at + "/config", javaClass + " needs '" + required + "'"
                        + (entry.get().passwords().contains(required) ? " under secrets" : " under config"));
            }
        }
        for (String password : entry.get().passwords()) {
            if (connector.config().containsKey(password)
                    && !SecretShapes.keyLooksSecret(password)) {
                problems.add(FieldPaths.child(at + "/config", password), "'" + password + "' is a password setting of "
                        + javaClass + "; move it under secrets as { awsSecretsManager: { secretId: ..., key: ... } }");
            }
        }
    }
}
