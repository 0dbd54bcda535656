package dev.connectonboard.descriptor;

import dev.connectonboard.errors.FailureKind;
import dev.connectonboard.errors.OnboardException;

import java.nio.file.Path;

/** A path named on the command line does not exist: a usage error, not an invalid descriptor. */
public final class InputNotFoundException extends OnboardException {
    public InputNotFoundException(Path path) {
        super(FailureKind.USAGE, "no such file or folder: " + path);
    }
}
