package dev.connectonboard.confluent;

import dev.connectonboard.errors.FailureKind;
import dev.connectonboard.errors.OnboardException;

/**
 * Confluent Cloud could not be asked, or its answer cannot be trusted. Always {@link FailureKind#UNDETERMINED}
 * (exit 3): a gate that cannot read the platform must not pass. The message names the HTTP status, the call
 * (method and path, never credentials), what to fix, and Confluent's request id when there was one.
 */
public final class ConfluentApiException extends OnboardException {
    /** HTTP status of the failed answer, or 0 when there was no answer (no credentials, timeout, network). */
    private final int status;
    private final String requestId;

    ConfluentApiException(String message, int status, String requestId, Throwable cause) {
        super(FailureKind.UNDETERMINED, message, cause);
        this.status = status;
        this.requestId = requestId;
    }

    public int status() {
        return status;
    }

    /** Confluent's {@code X-Request-Id} of the failed answer, for support tickets; null when there was none. */
    public String requestId() {
        return requestId;
    }

    static ConfluentApiException missingCredentials(boolean keyMissing, boolean secretMissing, String otherwise) {
        String missing = keyMissing && secretMissing
                ? ClientSettings.API_KEY_VARIABLE + " and " + ClientSettings.API_SECRET_VARIABLE + " are not set"
                : (keyMissing ? ClientSettings.API_KEY_VARIABLE : ClientSettings.API_SECRET_VARIABLE) + " is not set";
        return new ConfluentApiException("Cannot read Confluent Cloud: " + missing + ". Export a Cloud API key and"
                + " its secret in " + ClientSettings.API_KEY_VARIABLE + " and " + ClientSettings.API_SECRET_VARIABLE
                + " (the variables the Confluent Terraform provider reads)" + (otherwise == null ? "" : ", or "
                + otherwise) + ".", 0, null, null);
    }

    static ConfluentApiException badSetting(String message) {
        return new ConfluentApiException(message, 0, null, null);
    }
}
