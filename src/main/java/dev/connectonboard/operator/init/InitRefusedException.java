package dev.connectonboard.operator.init;

import dev.connectonboard.errors.FailureKind;
import dev.connectonboard.errors.OnboardException;

import java.util.List;

/** {@code init} will not write the descriptor; {@link #details()} lists every reason at once. */
public final class InitRefusedException extends OnboardException {
    private final List<String> reasons;

    public InitRefusedException(FailureKind kind, String message, List<String> reasons) {
        super(kind, message);
        this.reasons = List.copyOf(reasons);
    }

    @Override
    public List<String> details() {
        return reasons;
    }
}
