package dev.connectonboard.quota.report;

import dev.connectonboard.quota.QuotaReport;

import java.util.Locale;
import java.util.function.Function;

/** The formats {@code quota check --format} writes; each is a pure rendering of a {@link QuotaReport}. */
public enum ReportFormat {
    TEXT(TextReport::render),
    JSON(JsonReport::render),
    JUNIT(JunitReport::render),
    MARKDOWN(MarkdownReport::render);

    private final Function<QuotaReport, String> renderer;

    ReportFormat(Function<QuotaReport, String> renderer) {
        this.renderer = renderer;
    }

    public String render(QuotaReport report) {
        return renderer.apply(report);
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
