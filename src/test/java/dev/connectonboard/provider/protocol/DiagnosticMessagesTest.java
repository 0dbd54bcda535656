package dev.connectonboard.provider.protocol;

import dev.connectonboard.provider.proto.tfplugin6.Tfplugin6;
import dev.connectonboard.provider.spi.Diagnostics;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Terraform prints diagnostics on the user's terminal: no control sequence gets through. */
class DiagnosticMessagesTest {
    @Test
    void controlAndLineSeparatorCharactersAreEscapedLineFeedsKept() {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.error("Department fin\u001b[2J", "line one\nconnector 'a\u2028b' \u009b31m");

        Tfplugin6.Diagnostic message = DiagnosticMessages.toMessages(diagnostics).get(0);

        assertEquals("Department fin\\u001b[2J", message.getSummary());
        assertEquals("line one\nconnector 'a\\u2028b' \\u009b31m", message.getDetail());
    }
}
