package dev.connectonboard.plangate.report;

import dev.connectonboard.plangate.PlanGateReport;

import java.util.Locale;
import java.util.function.Function;

/** The formats {@code plan check --format} writes; each is a pure rendering of a {@link PlanGateReport}. */
public enum PlanReportFormat {
    TEXT(TextPlanReport::render),
    JSON(JsonPlanReport::render),
    JUNIT(JunitPlanReport::render),
    MARKDOWN(MarkdownPlanReport::render),
    SARIF(SarifPlanReport::render);

    private final Function<PlanGateReport, String> renderer;

    PlanReportFormat(Function<PlanGateReport, String> renderer) {
        this.renderer = renderer;
    }

    public String render(PlanGateReport report) {
        return renderer.apply(report);
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
