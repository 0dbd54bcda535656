package dev.connectonboard.provider.connectonboard;

import dev.connectonboard.errors.OnboardException;
import dev.connectonboard.provider.spi.Diagnostics;

/** Turns connect-onboard's user-facing failures into Terraform diagnostics with the same words the CLI prints. */
final class Diagnose {
    private Diagnose() {
    }

    static void failure(Diagnostics diagnostics, String what, OnboardException failure) {
        String summary = switch (failure.kind()) {
            case UNDETERMINED -> what + " could not be determined";
            case USAGE -> what + ": the provider configuration is incomplete";
            case CHECK_FAILED -> what + ": the inputs are not valid";
        };
        StringBuilder detail = new StringBuilder();
        failure.details().forEach(line -> detail.append(line).append('\n'));
        detail.append(failure.getMessage());
        diagnostics.error(summary, detail.toString());
    }
}
