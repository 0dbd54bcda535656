package dev.connectonboard.connect;

import dev.connectonboard.errors.FailureKind;
import dev.connectonboard.errors.OnboardException;

/**
 * The Kafka Connect workers could not be asked, or refused. The message names the call (method and path, never
 * credentials), the worker's own message and what to do.
 */
public final class ConnectApiException extends OnboardException {

    /** Why the call failed; callers branch on it (e.g. a missing connector is not an error on delete). */
    public enum Reason {
        /** No answer: connection refused, DNS, timeout. */
        UNREACHABLE,
        /** 401 or 403: wrong or missing REST credentials. */
        UNAUTHORIZED,
        /** 404: no such connector or plugin. */
        NOT_FOUND,
        /** 409 that retrying did not clear, e.g. a connector of that name already exists. */
        CONFLICT,
        /** 400 and other 4xx: the worker rejected the request, e.g. an invalid connector config. */
        REJECTED,
        /** 5xx after retries. */
        SERVER_ERROR,
        /** An answer this client cannot read. */
        MALFORMED,
        /** A setting of this client is wrong (URL, credentials). */
        BAD_SETTING
    }

    private final Reason reason;
    private final int status;
    private final String workerMessage;

    ConnectApiException(Reason reason, int status, String message, String workerMessage, Throwable cause) {
        super(reason == Reason.REJECTED || reason == Reason.CONFLICT ? FailureKind.CHECK_FAILED
                : reason == Reason.BAD_SETTING ? FailureKind.USAGE : FailureKind.UNDETERMINED, message, cause);
        this.reason = reason;
        this.status = status;
        this.workerMessage = workerMessage;
    }

    public Reason reason() {
        return reason;
    }

    /** HTTP status, or 0 when there was no answer. */
    public int status() {
        return status;
    }

    /** The worker's own {@code message}, when it sent one; null otherwise. */
    public String workerMessage() {
        return workerMessage;
    }

    static ConnectApiException badSetting(String message) {
        return new ConnectApiException(Reason.BAD_SETTING, 0, message, null, null);
    }
}
