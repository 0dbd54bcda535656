package dev.connectonboard.plangate;

/**
 * What a change is about in the department's words.
 *
 * @param label    for people: "topic fin.payments.v1", "DLQ topic fin.dlq.fin-s3-sink", "IAM role fin-archive"
 * @param ackField the acknowledgement field that names it ({@code topic} or {@code connector}), or null when it is
 *                 not acknowledged per resource
 * @param ackName  the name to write in that field
 * @param note     why it changes in descriptor terms, e.g. "no longer declared under topics (removed or renamed)";
 *                 null when it is simply declared
 */
public record Subject(String label, String ackField, String ackName, String note) {
    public Subject {
        label = Printable.clean(label);
        ackName = Printable.clean(ackName);
        note = Printable.clean(note);
    }
}
