package dev.connectonboard.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

/** Renders the FreeMarker templates bundled from {@code templates/}, strictly: a missing value is an error. */
final class TemplateRenderer {
    private static final ObjectMapper PLAIN = new ObjectMapper();

    private final Configuration configuration;

    TemplateRenderer() {
        configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setClassForTemplateLoading(TemplateRenderer.class, "/templates");
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputFormat(PlainTextOutputFormat.INSTANCE);
        configuration.setNumberFormat("c");
        configuration.setBooleanFormat("c");
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setSharedVariable("hcl", new HclMethod());
        // The templates are in the jar and never change while a run lasts: FreeMarker's default re-checks a cached
        // template's source every 5 s ("template_update_delay"; its manual: set it high in production).
        configuration.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    }

    /** Templates see plain maps and lists: records are not listable in FreeMarker without its Java 16 support. */
    static Map<?, ?> templateModel(Object view) {
        return PLAIN.convertValue(view, Map.class);
    }

    String render(String templateName, Map<?, ?> model) {
        try {
            Template template = configuration.getTemplate(templateName);
            StringWriter out = new StringWriter();
            template.process(Map.of("m", model), out);
            return out.toString();
        } catch (IOException | TemplateException e) {
            throw new IllegalStateException("template " + templateName + " failed: " + e.getMessage(), e);
        }
    }
}
