package dev.connectonboard.provider.protocol;

import dev.connectonboard.errors.SafeText;
import dev.connectonboard.provider.proto.tfplugin6.Tfplugin6;
import dev.connectonboard.provider.spi.AttributePath;
import dev.connectonboard.provider.spi.Diagnostics;

import java.util.List;

/**
 * Turns collected diagnostics into protocol messages. Terraform prints them on the user's terminal, so control and
 * line-separator characters (from inputs, file names, API answers) are escaped here, the one place they all pass.
 */
final class DiagnosticMessages {
    private DiagnosticMessages() {
    }

    static List<Tfplugin6.Diagnostic> toMessages(Diagnostics diagnostics) {
        return diagnostics.all().stream().map(DiagnosticMessages::toMessage).toList();
    }

    private static Tfplugin6.Diagnostic toMessage(Diagnostics.Diagnostic diagnostic) {
        Tfplugin6.Diagnostic.Builder message = Tfplugin6.Diagnostic.newBuilder()
                .setSeverity(diagnostic.severity() == Diagnostics.Severity.ERROR
                        ? Tfplugin6.Diagnostic.Severity.ERROR : Tfplugin6.Diagnostic.Severity.WARNING)
                .setSummary(SafeText.escape(diagnostic.summary()))
                .setDetail(diagnostic.detail() == null ? "" : SafeText.escape(diagnostic.detail()));
        if (diagnostic.attribute() != null) {
            message.setAttribute(toMessage(diagnostic.attribute()));
        }
        return message.build();
    }

    static Tfplugin6.AttributePath toMessage(AttributePath path) {
        Tfplugin6.AttributePath.Builder message = Tfplugin6.AttributePath.newBuilder();
        for (AttributePath.Step step : path.steps()) {
            Tfplugin6.AttributePath.Step.Builder stepMessage = Tfplugin6.AttributePath.Step.newBuilder();
            if (step.attribute() != null) {
                stepMessage.setAttributeName(step.attribute());
            } else if (step.key() != null) {
                stepMessage.setElementKeyString(step.key());
            } else {
                stepMessage.setElementKeyInt(step.index());
            }
            message.addSteps(stepMessage);
        }
        return message.build();
    }
}
