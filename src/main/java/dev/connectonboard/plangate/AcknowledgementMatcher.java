package dev.connectonboard.plangate;

import dev.connectonboard.descriptor.Loaded;
import dev.connectonboard.descriptor.Location;
import dev.connectonboard.descriptor.model.AcknowledgedAction;
import dev.connectonboard.descriptor.model.Acknowledgement;
import dev.connectonboard.descriptor.model.DepartmentOnboarding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches a department's acknowledgements against the changes that need one. A topic or connector acknowledgement
 * matches exactly its resource and action (delete or replace); a department acknowledgement (offboarding) matches
 * every delete in the plan, never a replace. Whatever matches nothing is reported back.
 */
final class AcknowledgementMatcher {
    private final Loaded<DepartmentOnboarding> loaded;
    private final Map<String, Integer> byKey = new HashMap<>();
    private final Integer department;
    private final Set<Integer> used = new LinkedHashSet<>();

    /** @param loaded the descriptor, or null for a removed department (nothing can be acknowledged) */
    AcknowledgementMatcher(Loaded<DepartmentOnboarding> loaded) {
        this.loaded = loaded;
        Integer departmentAck = null;
        if (loaded != null) {
            List<Acknowledgement> acks = loaded.value().acknowledgements();
            for (int i = 0; i < acks.size(); i++) {
                Acknowledgement ack = acks.get(i);
                if (ack.department() != null && ack.action() == AcknowledgedAction.DELETE) {
                    departmentAck = departmentAck == null ? i : departmentAck;
                } else if (ack.topic() != null) {
                    byKey.putIfAbsent(key("topic", ack.topic(), ack.action()), i);
                } else if (ack.connector() != null) {
                    byKey.putIfAbsent(key("connector", ack.connector(), ack.action()), i);
                }
            }
        }
        this.department = departmentAck;
    }

    /** Whether the descriptor acknowledges the department's removal (offboarding). */
    boolean offboarding() {
        return department != null;
    }

    Finding apply(Finding finding) {
        if (!finding.effect().needsAcknowledgement() || loaded == null) {
            return finding;
        }
        Integer match = null;
        Subject subject = finding.subject();
        if (subject.ackField() != null && finding.action().destroys()) {
            AcknowledgedAction action = finding.action() == PlanAction.REPLACE ? AcknowledgedAction.REPLACE
                    : AcknowledgedAction.DELETE;
            match = byKey.get(key(subject.ackField(), subject.ackName(), action));
        }
        if (match == null && department != null && finding.action() == PlanAction.DELETE) {
            match = department;
        }
        if (match == null) {
            return finding;
        }
        used.add(match);
        return finding.acknowledgedBy(applied(match));
    }

    /** Every acknowledgement no change needed. */
    List<UnmatchedAcknowledgement> unmatched() {
        List<UnmatchedAcknowledgement> out = new ArrayList<>();
        if (loaded == null) {
            return out;
        }
        List<Acknowledgement> acks = loaded.value().acknowledgements();
        for (int i = 0; i < acks.size(); i++) {
            if (used.contains(i)) {
                continue;
            }
            Acknowledgement ack = acks.get(i);
            String action = Fixes.label(ack.action());
            String message = "the acknowledgement of " + ack.subject() + " (" + action + ") matches nothing in "
                    + "this plan: " + (ack.department() != null ? "the plan deletes nothing"
                    : "the plan does not " + action + " it") + "; remove it once its change is applied, or check "
                    + "the name and the action";
            out.add(new UnmatchedAcknowledgement(ack.subject(), action, source(i), message));
        }
        return out;
    }

    private AppliedAcknowledgement applied(int index) {
        Acknowledgement ack = loaded.value().acknowledgements().get(index);
        return new AppliedAcknowledgement(ack.subject(), Fixes.label(ack.action()), source(index), ack.reason());
    }

    private Source source(int index) {
        Location location = loaded.locate("/acknowledgements/" + index);
        return new Source(loaded.file(), location.line(), location.column());
    }

    private static String key(String field, String name, AcknowledgedAction action) {
        return field + "\u0000" + name + "\u0000" + action;
    }
}
