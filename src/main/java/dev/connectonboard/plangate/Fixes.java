package dev.connectonboard.plangate;

import dev.connectonboard.descriptor.model.AcknowledgedAction;

/** How to let a blocked change through (or avoid it), written for the person who edits the descriptor. */
final class Fixes {
    static final String REASON_PLACEHOLDER = "<why the loss is intended: ticket, where the data went>";

    private Fixes() {
    }

    /** The acknowledgements entry for the change, or null when it cannot be acknowledged per resource. */
    static String entry(PlanAction action, Subject subject, DescriptorIndex index) {
        if (index.removed() || subject.ackField() == null) {
            return null;
        }
        AcknowledgedAction ackAction = action == PlanAction.REPLACE ? AcknowledgedAction.REPLACE
                : AcknowledgedAction.DELETE;
        return "{ " + subject.ackField() + ": " + subject.ackName() + ", action: " + label(ackAction)
                + ", reason: \"" + REASON_PLACEHOLDER + "\" }";
    }

    static String forChange(PlanAction action, Subject subject, DescriptorIndex index) {
        String entry = entry(action, subject, index);
        if (entry == null) {
            return null;
        }
        String avoid = switch (action) {
            case REPLACE -> "or undo the change that forces the replacement";
            default -> subject.ackField().equals("topic")
                    ? "or declare the topic again (a rename creates a new, empty topic)"
                    : "or keep the connector under its old name";
        };
        return "to accept it, add to " + index.descriptorFile() + " under acknowledgements: " + entry + "; " + avoid;
    }

    /** For a department whose descriptor is gone: there is nowhere to acknowledge, so the way is offboarding. */
    static String forRemovedDepartment(String department) {
        return "a department is removed only through offboarding: restore its descriptor, add under "
                + "acknowledgements: " + departmentEntry(department) + " and plan the root connect-onboard offboard "
                + "produces; delete the descriptor once that is applied";
    }

    static String departmentEntry(String department) {
        return "{ department: " + department + ", action: delete, reason: \"" + REASON_PLACEHOLDER + "\" }";
    }

    static String label(AcknowledgedAction action) {
        return action == AcknowledgedAction.DELETE ? "delete" : "replace";
    }
}
