package dev.connectonboard.provider.connectonboard;

import dev.connectonboard.errors.OnboardException;
import dev.connectonboard.provider.spi.AttributePath;
import dev.connectonboard.provider.spi.Diagnostics;

/** Turns connect-onboard's user-facing failures into Terraform diagnostics with the same words the CLI prints. */
final class Diagnose {
    private Diagnose() {
    }

    /** @param at the data source argument the failure is reported on, so Terraform quotes that line */
    static void failure(Diagnostics diagnostics, AttributePath at, String what, OnboardException failure) {
        String summary = switch (failure.kind()) {
            case UNDETERMINED -> what + " could not be determined";
            case USAGE -> what + " cannot be read: check the department and the provider's files";
            case CHECK_FAILED -> what + ": the inputs are not valid";
        };
        StringBuilder detail = new StringBuilder();
        failure.details().forEach(line -> detail.append(line).append('\n'));
        detail.append(failure.getMessage());
        diagnostics.error(at, summary, detail.toString());
    }
}
