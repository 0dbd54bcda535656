package dev.connectonboard.plangate;

/**
 * One planned change as the gate judges it.
 *
 * @param address         the resource address in the plan; null for the department as a whole
 * @param type            the resource type; null for the department as a whole
 * @param source          the descriptor line that causes it; null when the department has no descriptor
 * @param message         one sentence for people: what changes, its effect and why (no value the plan marks sensitive)
 * @param acknowledgement what lets it pass, when it needs and has one
 * @param fix             how to acknowledge (or avoid) it when it blocks; null otherwise
 * @param acknowledgeWith the acknowledgements entry that would let it pass, as YAML (part of {@code fix}); null when
 *                        no entry can
 */
public record Finding(String address, String type, PlanAction action, Effect effect, Subject subject, Source source,
                      String message, AppliedAcknowledgement acknowledgement, String fix,
                      String acknowledgeWith) {

    public Finding {
        address = Printable.clean(address);
        type = Printable.clean(type);
        message = Printable.clean(message);
        fix = Printable.clean(fix);
        acknowledgeWith = Printable.clean(acknowledgeWith);
    }

    /** It fails the gate: a change that loses data or offsets, not acknowledged. */
    public boolean blocking() {
        return effect.needsAcknowledgement() && acknowledgement == null;
    }

    Finding acknowledgedBy(AppliedAcknowledgement applied) {
        return new Finding(address, type, action, effect, subject, source, message, applied, null, null);
    }
}
