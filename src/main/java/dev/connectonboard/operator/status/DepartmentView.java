package dev.connectonboard.operator.status;

import java.util.List;

/**
 * A department's connectors, most urgent first.
 *
 * @param descriptor the descriptor file the department is declared in
 * @param note       a sentence about the whole department (for example why self-managed connectors are not
 *                   reported); empty when there is nothing to say
 */
public record DepartmentView(String name, String prefix, String runtime, List<String> owners, String descriptor,
                             List<ConnectorView> connectors, String note) {

    public DepartmentView {
        owners = List.copyOf(owners);
        connectors = connectors.stream().sorted(ConnectorView.ATTENTION_ORDER).toList();
        note = note == null ? "" : note;
    }

    /** The most urgent health among the connectors; RUNNING for a department without connectors. */
    public Health worst() {
        return connectors.isEmpty() ? Health.RUNNING : connectors.get(0).health();
    }
}
