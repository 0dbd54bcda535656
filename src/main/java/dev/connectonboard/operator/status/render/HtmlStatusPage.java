package dev.connectonboard.operator.status.render;

import dev.connectonboard.operator.status.ConnectorView;
import dev.connectonboard.operator.status.DepartmentView;
import dev.connectonboard.operator.status.Health;
import dev.connectonboard.operator.status.StatusReport;
import dev.connectonboard.operator.status.TaskView;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code status --all --html FILE}: one self-contained page (inline CSS, no scripts, fonts or links out) with a table
 * per department, departments and connectors that need action first. FreeMarker's HTML output format escapes every
 * value, so names and traces containing {@code <}, {@code &} or quotes show as text.
 */
public final class HtmlStatusPage {
    private static final String TEMPLATE = "status-page.ftlh";
    private static final Configuration FREEMARKER = configuration();

    private HtmlStatusPage() {
    }

    public static String render(StatusReport report) {
        Map<String, Object> model = new HashMap<>();
        model.put("platform", report.platform());
        model.put("cluster", report.kafkaClusterId());
        model.put("environment", report.environmentId());
        model.put("readAt", report.readAt().toString());
        model.put("metricsAvailable", report.metrics().available());
        model.put("metricsReason", report.metrics().unavailableReason() == null ? ""
                : report.metrics().unavailableReason());
        model.put("metricsStart", report.metrics().start().toString());
        model.put("metricsEnd", report.metrics().end().toString());
        model.put("summary", Counts.sentence(report.allConnectors()));
        List<DepartmentView> departments = report.departments().stream()
                .sorted(Comparator.comparing(DepartmentView::worst).thenComparing(DepartmentView::name)).toList();
        List<Map<String, Object>> departmentModels = new ArrayList<>();
        for (DepartmentView department : departments) {
            Map<String, Object> d = new HashMap<>();
            d.put("name", department.name());
            d.put("anchor", "department-" + department.name().replaceAll("[^a-z0-9-]", "-"));
            d.put("prefix", department.prefix());
            d.put("runtime", department.runtime());
            d.put("owners", String.join(", ", department.owners()));
            d.put("note", department.note());
            d.put("summary", Counts.sentence(department.connectors()));
            d.put("worst", cssClass(department.worst()));
            d.put("counts", counts(department.connectors()));
            d.put("connectors", connectors(department.connectors()));
            departmentModels.add(d);
        }
        model.put("departments", departmentModels);
        model.put("unowned", connectors(report.unowned()));
        model.put("unownedSummary", Counts.sentence(report.unowned()));
        try {
            Template template = FREEMARKER.getTemplate(TEMPLATE);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (IOException | TemplateException e) {
            throw new IllegalStateException("the status page template failed: " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> counts(List<ConnectorView> connectors) {
        Map<String, Object> counts = new LinkedHashMap<>();
        Counts.byHealth(connectors).forEach((health, count) -> counts.put(health.label(), count));
        return counts;
    }

    private static List<Map<String, Object>> connectors(List<ConnectorView> connectors) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ConnectorView connector : connectors) {
            Map<String, Object> row = new HashMap<>();
            row.put("name", connector.name());
            row.put("id", connector.id() == null ? "" : connector.id());
            row.put("class", connector.connectorClass() == null ? "" : connector.connectorClass());
            row.put("health", connector.health().label());
            row.put("css", cssClass(connector.health()));
            row.put("tasks", TextStatus.tasks(connector));
            List<String> taskProblems = new ArrayList<>();
            for (TaskView task : connector.tasks()) {
                if (task.worthMentioning()) {
                    taskProblems.add("task " + task.id() + " " + task.state()
                            + (task.message().isEmpty() || task.message().equals(connector.error()) ? ""
                            : ": " + task.message()));
                }
            }
            row.put("taskProblems", taskProblems);
            row.put("error", connector.error());
            row.put("errorSummary", connector.errorSummary());
            row.put("note", connector.note());
            row.put("declaredAt", connector.declaredAt() == null ? "" : connector.declaredAt());
            row.put("hasRecords", connector.records() != null);
            if (connector.records() != null) {
                row.put("in", connector.records().in());
                row.put("out", connector.records().out());
                row.put("dlq", connector.records().deadLetterQueue());
            }
            rows.add(row);
        }
        return rows;
    }

    private static String cssClass(Health health) {
        return "h-" + health.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Configuration configuration() {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setClassForTemplateLoading(HtmlStatusPage.class, "/dev/connectonboard/operator/status");
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setNumberFormat("computer");
        configuration.setBooleanFormat("c");
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        return configuration;
    }
}
