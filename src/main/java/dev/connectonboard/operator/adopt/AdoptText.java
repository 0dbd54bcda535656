package dev.connectonboard.operator.adopt;

/** What {@code adopt} found and wrote (or would add), as a person reads it. */
public final class AdoptText {
    private AdoptText() {
    }

    public static String render(Adopter.Result result) {
        StringBuilder out = new StringBuilder();
        if (result.connectors().isEmpty() && result.topics().isEmpty()) {
            return out.append("Nothing to adopt for department ").append(result.department())
                    .append(": every live connector and topic under its prefix is declared.\n").toString();
        }
        out.append("Department ").append(result.department()).append(": ").append(result.connectors().size())
                .append(" connector(s) and ").append(result.topics().size())
                .append(" topic(s) run without a descriptor entry");
        if (!result.connectors().isEmpty()) {
            out.append("\n  connectors: ").append(String.join(", ", result.connectors()));
        }
        if (!result.topics().isEmpty()) {
            out.append("\n  topics:     ").append(String.join(", ", result.topics()));
        }
        out.append("\n\n");
        if (result.written()) {
            out.append(result.newDescriptor() ? "Wrote the new descriptor " : "Added to ").append(result.descriptor())
                    .append(result.newDescriptor() ? "" : " (every existing line kept)").append(":\n\n");
        } else {
            out.append(result.newDescriptor() ? "The new descriptor " + result.descriptor()
                    + " (write it with --write):\n\n" : "To add to " + result.descriptor() + " (or run again with "
                    + "--write):\n\n");
        }
        result.yaml().lines().forEach(line -> out.append("    ").append(line).append('\n'));
        for (String note : result.notes()) {
            out.append("\nnote: ").append(note);
        }
        if (!result.notes().isEmpty()) {
            out.append('\n');
        }
        out.append("\nNext:\n");
        int step = 1;
        if (!result.placeholders().isEmpty()) {
            out.append("  ").append(step++).append(". Store the values Confluent Cloud masks in AWS Secrets Manager, ")
                    .append("then delete each 'placeholder: true' (validate refuses the descriptor until then):\n");
            result.placeholders().forEach(p -> out.append("       ").append(p).append('\n'));
        }
        out.append("  ").append(step++).append(". Generate: the root gets imports.tf with an import block for each ")
                .append("adopted resource, so the first plan imports them and creates nothing of theirs.\n");
        out.append("  ").append(step).append(". Open a pull request; check that the plan imports and neither creates ")
                .append("nor destroys any adopted resource.\n");
        return out.toString();
    }
}
