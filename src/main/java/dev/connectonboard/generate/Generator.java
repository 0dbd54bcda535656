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
    private static final List<String> OFFBOARD_VARIANTS = List.of("main.tf", "outputs.tf");
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
        // An offboarded department's root declares no module: its own main.tf, outputs.tf and README say so.
        String variant = view.offboard() == null ? "" : "offboard-";
        for (String name : HCL_TEMPLATES) {
            String template = OFFBOARD_VARIANTS.contains(name) ? variant + name : name;
            files.put(name, HclFormatter.format(renderer.render("root/" + template + ".ftl", model)));
        }
        if (view.backend() != null) {
            files.put("backend.tf", HclFormatter.format(renderer.render("root/backend.tf.ftl", model)));
        }
        if (!view.imports().isEmpty()) {
            files.put("imports.tf", HclFormatter.format(renderer.render("root/imports.tf.ftl", model)));
        }
        files.put("README.md", renderer.render("root/" + variant + "README.md.ftl", model));
        return new GeneratedDepartment(department.value().name(), files);
    }
}
