package dev.connectonboard.plangate;

/** What a planned change means for a department, worst first; the classes every report groups by. */
public enum Effect {
    /** A topic's records are lost: a department, DLQ or Connect internal topic deleted or replaced. */
    DESTROYS_DATA("destroys-data", "destroys data"),
    /** A connector is deleted or replaced: its offsets and consumer group are lost (sinks re-read, CDC re-snapshots). */
    RESETS_CONNECTORS("resets-connectors", "resets connectors"),
    /** Identities, keys, ACLs, role bindings, IAM roles or network paths deleted or replaced, keys rotated. */
    CHANGES_ACCESS("changes-access", "changes access"),
    /** New connectors, topics, endpoints, roles; more tasks. */
    ADDS("adds", "adds"),
    /** Released from Terraform's state and left in place (removed blocks with destroy = false). */
    RELEASES("releases", "released from state, kept"),
    /** Every other change: in-place updates, and deletes or replaces that lose nothing. */
    UPDATES("updates", "updates");

    private final String id;
    private final String label;

    Effect(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** Stable identifier used in JSON, SARIF rule ids and JUnit names: "destroys-data". */
    public String id() {
        return id;
    }

    /** Words for people: "destroys data". */
    public String label() {
        return label;
    }

    /** Whether a change of this class fails the gate unless the descriptor acknowledges it. */
    public boolean needsAcknowledgement() {
        return this == DESTROYS_DATA || this == RESETS_CONNECTORS;
    }
}
