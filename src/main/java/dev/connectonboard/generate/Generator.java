package dev.connectonboard.generate;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connectonboard.descriptor.Loaded;
import dev.connectonboard.descriptor.model.Connector;
import dev.connectonboard.descriptor.model.ConnectorDirection;
import dev.connectonboard.descriptor.model.ConnectorState;
import dev.connectonboard.descriptor.model.DepartmentOnboarding;
import dev.connectonboard.descriptor.model.ErrorTolerance;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Renders each department's root module in memory. Nothing is written here, so a failure in any department leaves
 * the output folder untouched; {@link OutputWriter} applies the result.
 */
public final class Generator {
    private static final List<String> HCL_TEMPLATES = List.of(
            "versions.tf", "providers.tf", "main.tf", "variables.tf", "outputs.tf");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectWriter JSON_WRITER = JSON.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)));

    private final TemplateRenderer renderer = new TemplateRenderer();

    /** Departments are independent, so they render in parallel; the result keeps the input order. */
    public List<GeneratedDepartment> generate(GenerationRequest request) {
        ViewBuilder views = new ViewBuilder(request);
        return request.departments().parallelStream().map(department -> render(views, department)).toList();
    }

    private GeneratedDepartment render(ViewBuilder views, Loaded<DepartmentOnboarding> department) {
        RootModuleView view = views.build(department);
        Map<?, ?> model = TemplateRenderer.templateModel(view);
        SortedMap<String, String> files = new TreeMap<>();
        for (String name : HCL_TEMPLATES) {
            files.put(name, HclFormatter.format(renderer.render("root/" + name + ".ftl", model)));
        }
        if (view.backend() != null) {
            files.put("backend.tf", HclFormatter.format(renderer.render("root/backend.tf.ftl", model)));
        }
        files.put("README.md", renderer.render("root/README.md.ftl", model));
        if (!view.selfManagedConnectorFiles().isEmpty()) {
            for (Connector connector : department.value().connectors()) {
                files.put("connectors/" + connector.name() + ".json",
                        selfManagedConnectorJson(view.header(), department.value(), connector));
            }
        }
        return new GeneratedDepartment(department.value().name(), files);
    }

    /**
     * The body a deploy step sends to the workers' REST API. Kafka Connect 3.5+ honours {@code initial_state}, so a
     * self-managed connector, unlike a managed one, can be created paused. JSON has no comments, so the generated-file
     * header is the "//" member; the deploy step sends only name, config and initial_state.
     */
    private static String selfManagedConnectorJson(List<String> header, DepartmentOnboarding department,
                                                   Connector connector) {
        Map<String, String> config = new TreeMap<>(connector.config());
        config.put("name", connector.name());
        config.put("connector.class", Naming.selfManagedClass(connector.connectorClass()));
        config.put("tasks.max", Integer.toString(connector.tasks()));
        if (connector.effectiveDirection() == ConnectorDirection.SINK) {
            config.put("topics", String.join(",", connector.topics()));
        }
        config.put("errors.tolerance", connector.errors().tolerance() == ErrorTolerance.ALL ? "all" : "none");
        if (connector.errors().deadLetterQueue()) {
            config.put("errors.deadletterqueue.topic.name", Naming.deadLetterQueueTopic(department, connector));
            config.put("errors.deadletterqueue.context.headers.enable", "true");
        }
        if (connector.createsTopics()) {
            // Kafka Connect creates a source's topics only with a default creation group (KIP-158); Confluent Cloud
            // brokers need replication factor 3. A value the descriptor sets wins.
            config.putIfAbsent("topic.creation.default.replication.factor", "3");
            config.putIfAbsent("topic.creation.default.partitions", "1");
        }
        connector.secrets().forEach((key, ref) -> config.put(key, Naming.selfManagedSecretPlaceholder(
                ref.awsSecretsManager().secretId(), ref.awsSecretsManager().key())));
        ObjectNode body = JSON.createObjectNode();
        body.put("//", String.join(" ", header));
        body.put("name", connector.name());
        body.put("initial_state", connector.state() == ConnectorState.PAUSED ? "PAUSED" : "RUNNING");
        ObjectNode configNode = body.putObject("config");
        config.forEach(configNode::put);
        try {
            return JSON_WRITER.writeValueAsString(body) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
