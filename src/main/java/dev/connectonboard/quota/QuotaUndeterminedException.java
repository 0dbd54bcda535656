package dev.connectonboard.quota;

import dev.connectonboard.errors.FailureKind;
import dev.connectonboard.errors.OnboardException;

/** The check cannot decide because what it read cannot be trusted; it fails closed (exit 3). */
public final class QuotaUndeterminedException extends OnboardException {
    public QuotaUndeterminedException(String message) {
        super(FailureKind.UNDETERMINED, message);
    }
}
