package dev.connectonboard.operator.status.render;

import dev.connectonboard.operator.status.ConnectorView;
import dev.connectonboard.operator.status.DepartmentView;
import dev.connectonboard.operator.status.MetricsOutcome;
import dev.connectonboard.operator.status.RecordCounts;
import dev.connectonboard.operator.status.StatusReport;
import dev.connectonboard.operator.status.TaskView;

import org.apache.commons.text.WordUtils;

import java.util.ArrayList;
import java.util.List;

/** The terminal view: per department a table, most urgent connector first, each error right under its row. */
public final class TextStatus {
    private static final String[] HEADER = {"STATE", "CONNECTOR", "TASKS", "IN", "OUT", "DLQ"};
    private static final String DETAIL_INDENT = "  ";
    /** Detail labels ("error:", "summary:", "task 1:") are padded to this width so their texts line up. */
    private static final int LABEL_WIDTH = 9;
    private static final int PROSE_WIDTH = 100;

    private TextStatus() {
    }

    public static String render(StatusReport report) {
        StringBuilder out = new StringBuilder();
        out.append("Platform ").append(report.platform()).append(", cluster ").append(report.kafkaClusterId())
                .append(" (").append(report.environmentId()).append("), read ").append(report.readAt()).append('\n');
        MetricsOutcome metrics = report.metrics();
        if (metrics.available()) {
            out.append("IN / OUT / DLQ: records over the last hour, ").append(metrics.start()).append(" to ")
                    .append(metrics.end()).append('\n');
        } else {
            out.append("metrics unavailable: ").append(metrics.unavailableReason()).append('\n');
        }
        for (DepartmentView department : report.departments()) {
            out.append('\n').append("Department ").append(department.name()).append(" (prefix ")
                    .append(department.prefix()).append("-, ").append(department.runtime()).append("): ")
                    .append(Counts.sentence(department.connectors())).append('\n');
            if (!department.note().isEmpty()) {
                out.append(department.note()).append('\n');
            }
            table(department.connectors(), out);
        }
        if (!report.unowned().isEmpty()) {
            out.append('\n').append("Connectors no department's prefix owns: ")
                    .append(Counts.sentence(report.unowned())).append('\n');
            table(report.unowned(), out);
        }
        if (report.departments().size() > 1) {
            out.append('\n').append(report.departments().size()).append(" departments, ")
                    .append(Counts.sentence(report.allConnectors())).append('\n');
        }
        return out.toString();
    }

    private static void table(List<ConnectorView> connectors, StringBuilder out) {
        if (connectors.isEmpty()) {
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (ConnectorView connector : connectors) {
            RecordCounts records = connector.records();
            rows.add(new String[] {connector.health().label(), connector.name(), tasks(connector),
                    records == null ? "-" : Long.toString(records.in()),
                    records == null ? "-" : Long.toString(records.out()),
                    records == null ? "-" : Long.toString(records.deadLetterQueue())});
        }
        int[] widths = new int[HEADER.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            out.append(line(rows.get(r), widths)).append('\n');
            if (r > 0) {
                details(connectors.get(r - 1), out);
            }
        }
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            boolean number = i >= 3;
            String cell = number ? " ".repeat(widths[i] - cells[i].length()) + cells[i]
                    : cells[i] + " ".repeat(widths[i] - cells[i].length());
            line.append(i == 0 ? "" : "  ").append(cell);
        }
        return line.toString().stripTrailing();
    }

    static String tasks(ConnectorView connector) {
        if (connector.state() == null) {
            return "-";
        }
        return connector.runningTasks() + "/" + connector.tasks().size() + " running";
    }

    private static void details(ConnectorView connector, StringBuilder out) {
        labelled("error:", connector.error(), out);
        labelled("summary:", wrap(connector.errorSummary()), out);
        for (TaskView task : connector.tasks()) {
            if (task.worthMentioning()) {
                boolean sameAsConnector = task.message().isEmpty() || task.message().equals(connector.error());
                labelled("task " + task.id() + ":", task.state() + (sameAsConnector ? "" : ": " + task.message()), out);
            }
        }
        labelled("note:", wrap(connector.note()), out);
    }

    /** Prose (summaries, notes) is wrapped; error lines are not, so each stays one searchable line. */
    private static String wrap(String prose) {
        return WordUtils.wrap(prose, PROSE_WIDTH, "\n", false);
    }

    private static void labelled(String label, String text, StringBuilder out) {
        if (text == null || text.isEmpty()) {
            return;
        }
        String first = label + " ".repeat(Math.max(1, LABEL_WIDTH - label.length()));
        String pad = " ".repeat(first.length());
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            out.append(DETAIL_INDENT).append(i == 0 ? first : pad).append(lines[i]).append('\n');
        }
    }
}
