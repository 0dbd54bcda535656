package dev.connectonboard.quota;

/**
 * A connector a descriptor declares.
 *
 * @param at      the connector's entry in the descriptor
 * @param tasksAt its {@code tasks} field (the entry when the field is left at its default)
 * @param classAt its {@code class} field
 */
public record DeclaredConnector(String name, String connectorClass, int tasks, SourceRef at, SourceRef tasksAt,
                                SourceRef classAt) {
}
