package dev.connectonboard.provider.spi;

import java.util.ArrayList;
import java.util.List;

/** Errors and warnings collected while serving one request; Terraform shows them to the user. */
public final class Diagnostics {

    public enum Severity {
        ERROR, WARNING
    }

    /** One message; {@code attribute} is null when it concerns the whole block. */
    public record Diagnostic(Severity severity, String summary, String detail, AttributePath attribute) {
    }

    private final List<Diagnostic> diagnostics = new ArrayList<>();

    public void error(String summary, String detail) {
        diagnostics.add(new Diagnostic(Severity.ERROR, summary, detail, null));
    }

    public void error(AttributePath attribute, String summary, String detail) {
        diagnostics.add(new Diagnostic(Severity.ERROR, summary, detail, attribute));
    }

    public void warning(AttributePath attribute, String summary, String detail) {
        diagnostics.add(new Diagnostic(Severity.WARNING, summary, detail, attribute));
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(diagnostic -> diagnostic.severity() == Severity.ERROR);
    }

    public List<Diagnostic> all() {
        return List.copyOf(diagnostics);
    }
}
