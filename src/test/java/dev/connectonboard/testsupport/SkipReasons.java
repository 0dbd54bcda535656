package dev.connectonboard.testsupport;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

import java.io.PrintStream;
import java.util.Optional;

/**
 * Prints why a test was skipped on the console, not only in the surefire reports: a skipped browser or Terraform test
 * says what to install. Registered for every test through the service file and junit-platform.properties
 * (extension auto-detection).
 */
public final class SkipReasons implements TestWatcher {
    private static final PrintStream CONSOLE = System.out;

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        CONSOLE.println("SKIPPED " + context.getRequiredTestClass().getSimpleName() + "." + context.getDisplayName()
                + ": " + Optional.ofNullable(cause.getMessage()).orElse(cause.toString())
                .replaceFirst("^Assumption failed: ", ""));
        CONSOLE.flush();
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        CONSOLE.println("SKIPPED " + context.getRequiredTestClass().getSimpleName() + "." + context.getDisplayName()
                + ": " + reason.orElse("disabled"));
        CONSOLE.flush();
    }
}
