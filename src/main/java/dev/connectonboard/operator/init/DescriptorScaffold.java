package dev.connectonboard.operator.init;

import dev.connectonboard.descriptor.DescriptorKind;
import dev.connectonboard.descriptor.SchemaFiles;
import dev.connectonboard.descriptor.model.ConnectRuntime;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * The text of a new descriptor: the required sections filled in, every optional feature as a commented example that
 * is valid once uncommented. Values are inserted unquoted, which is safe because {@link NameRules} admits only
 * names, prefixes and e-mail addresses that are plain YAML scalars.
 */
final class DescriptorScaffold {
    private static final Configuration FREEMARKER = configuration();

    private DescriptorScaffold() {
    }

    static String render(NewDepartment department) {
        Path folder = department.target().toAbsolutePath().getParent();
        Map<String, Object> model = Map.of(
                "name", department.name(),
                "prefix", department.prefix(),
                "owner", department.ownerOrPlaceholder(),
                "selfManaged", department.runtime() == ConnectRuntime.SELF_MANAGED,
                // an editor resolves $schema relative to the file; "" when the repository has no schemas folder yet
                "schemaPath", SchemaFiles.find(folder, DescriptorKind.DepartmentOnboarding).orElse(""));
        try {
            Template template = FREEMARKER.getTemplate("descriptor.yaml.ftl");
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (IOException | TemplateException e) {
            throw new IllegalStateException("the descriptor template failed: " + e.getMessage(), e);
        }
    }

    private static Configuration configuration() {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setClassForTemplateLoading(DescriptorScaffold.class, "/dev/connectonboard/operator/init");
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputFormat(PlainTextOutputFormat.INSTANCE);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        return configuration;
    }
}
