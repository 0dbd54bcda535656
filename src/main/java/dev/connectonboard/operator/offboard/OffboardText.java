package dev.connectonboard.operator.offboard;

import dev.connectonboard.operator.offboard.OffboardReport.ConnectorFate;
import dev.connectonboard.operator.offboard.OffboardReport.TopicFate;

/** The offboarding report as a person reads it in a terminal or a pull request. */
public final class OffboardText {
    private OffboardText() {
    }

    public static String render(OffboardReport report) {
        StringBuilder out = new StringBuilder();
        out.append("Offboarding department ").append(report.department()).append(" (prefix ")
                .append(report.prefix()).append("-, ").append(report.runtime()).append("), descriptor ")
                .append(report.descriptor()).append('\n');
        out.append(report.liveNote()).append("\n\n");
        out.append("What removing it destroys, in the order one terraform apply of the reduced root deletes it:\n\n");

        out.append("CONNECTORS (deleted first: a sink's consumer group and a source's offsets are lost)\n");
        if (report.connectors().isEmpty()) {
            out.append("  none\n");
        }
        for (ConnectorFate connector : report.connectors()) {
            out.append("  DELETE  ").append(connector.name()).append("  ").append(connector.connectorClass())
                    .append("  ").append(connector.liveState() == null
                            ? (report.liveRead() ? "not found live" : "state not read") : connector.liveState());
            if (connector.recordsLastHour() != null) {
                out.append(", ").append(connector.recordsLastHour()).append(" records in + out in the last hour");
            }
            out.append('\n');
        }
        out.append("\nDATA (topics: deleted with every record, unless kept)\n");
        if (report.topics().isEmpty()) {
            out.append("  none\n");
        }
        for (TopicFate topic : report.topics()) {
            out.append(topic.kept() ? "  KEEP    " : "  DELETE  ").append(topic.name()).append("  (")
                    .append(topic.kind()).append(topic.kept() ? " topic; released from Terraform's state, its "
                            + "records stay" : " topic");
            if (topic.retainedBytes() != null) {
                out.append(", ").append(bytes(topic.retainedBytes()));
            }
            out.append(")\n");
        }
        if (!report.sizesNote().isEmpty()) {
            out.append("  ").append(report.sizesNote()).append('\n');
        }
        out.append("\nACCESS (deleted after the connectors; API keys after the ACLs and role bindings they are "
                + "used with, service accounts last)\n");
        for (String access : report.access()) {
            out.append("  DELETE  ").append(access).append('\n');
        }
        out.append('\n');
        if (report.descriptorEdit().isEmpty()) {
            out.append("The descriptor already marks the department as offboarding.\n");
        } else if (report.written()) {
            out.append("Added to ").append(report.descriptor()).append(" and regenerated its root:\n\n")
                    .append(indent(report.descriptorEdit())).append('\n');
        } else {
            out.append("To offboard, add to ").append(report.descriptor())
                    .append(" (or run again with --write --reason TEXT):\n\n").append(indent(report.descriptorEdit()))
                    .append('\n');
        }
        out.append("Next: generate (if not written here), open a pull request with the descriptor and the reduced "
                + "root generated/").append(report.department()).append("/, let the plan gate check the plan, apply "
                + "it; once its state is empty, delete the descriptor and the folder.\n");
        return out.toString();
    }

    /** Exact bytes, and in decimal units (as Confluent bills storage) once that helps a reader. */
    static String bytes(long bytes) {
        String exact = String.format(java.util.Locale.ROOT, "%,d bytes", bytes);
        String[] units = {"kB", "MB", "GB", "TB", "PB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return unit < 0 ? exact : exact + String.format(java.util.Locale.ROOT, " (%.1f %s)", value, units[unit]);
    }

    private static String indent(String yaml) {
        StringBuilder out = new StringBuilder();
        yaml.lines().forEach(line -> out.append("    ").append(line).append('\n'));
        return out.toString();
    }
}
