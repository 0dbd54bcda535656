package dev.connectonboard.confluent;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.connectonboard.errors.ParserMessages;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * Turns every way a call can fail into one {@link ConfluentApiException} whose message says what happened, which
 * call it was, and what to do. Every message passes through {@link ApiCredentials#redact(String)}.
 */
final class Failures {
    private final ApiCredentials credentials;
    private final Duration readTimeout;

    Failures(ApiCredentials credentials, Duration readTimeout) {
        this.credentials = credentials;
        this.readTimeout = readTimeout;
    }

    ConfluentApiException httpStatus(ApiCall call, int status, String body, String requestId,
                                     String authenticateHeader, int attempts) {
        String server = ErrorBodies.explain(body).map(text -> ": " + text).orElse(" (empty body)");
        String where = call.describe() + " while reading " + call.subject();
        String message;
        if (status == 401) {
            String reason = authenticateHeader != null && authenticateHeader.contains("error_description")
                    ? " [" + authenticateHeader.replaceAll(".*error_description=\"?([^\"]*)\"?.*", "$1") + "]" : "";
            message = "Confluent Cloud rejected the credentials (HTTP 401) for " + where + server + reason
                    + ". Check that " + ClientSettings.API_KEY_VARIABLE + " and " + ClientSettings.API_SECRET_VARIABLE
                    + " hold a Cloud API key and its secret (`confluent api-key create --resource cloud`); a Kafka"
                    + " cluster API key is rejected by the Confluent Cloud APIs.";
        } else if (status == 403) {
            message = "The Cloud API key is not allowed to do this (HTTP 403) for " + where + server
                    + ". Give the key's owner " + call.roleHint() + ".";
        } else if (status == 404) {
            message = "Confluent Cloud found nothing (HTTP 404) for " + where + server + ". " + call.notFoundHint();
        } else if (status == 429) {
            message = "Confluent Cloud kept rate-limiting (HTTP 429) " + where + " after " + attempts(attempts)
                    + server + ". Jobs using the same key share the limit; run again in a few minutes.";
        } else if (status >= 500) {
            message = "Confluent Cloud failed (HTTP " + status + ") for " + where
                    + (attempts > 1 ? " " + attempts + " times in a row" : "") + server
                    + ". The fault is on Confluent's side; run again later (see https://status.confluent.cloud).";
        } else {
            message = "Confluent Cloud refused the request (HTTP " + status + ") for " + where + server + ".";
        }
        return create(message, status, requestId, null);
    }

    ConfluentApiException serverDelayTooLong(ApiCall call, int status, Duration asked, String requestId) {
        return create("Confluent Cloud asked to wait " + seconds(asked) + " before retrying (HTTP " + status
                + ") " + call.describe() + " while reading " + call.subject()
                + "; that is longer than this tool waits. Run again later.", status, requestId, null);
    }

    ConfluentApiException noAnswer(ApiCall call, IOException failure, int attempts) {
        String host = call.url().scheme() + "://" + call.url().host() + ":" + call.url().port();
        String fix = " Check that " + host + " is reachable from here (proxy, firewall, DNS) and that "
                + ClientSettings.API_URL_VARIABLE + " / " + ClientSettings.METRICS_URL_VARIABLE
                + ", if set, point to the right place.";
        String message;
        if (failure instanceof InterruptedIOException) {
            message = "Confluent Cloud did not answer " + call.describe() + " within " + seconds(readTimeout)
                    + " (" + attempts(attempts) + ") while reading " + call.subject() + "." + fix;
        } else {
            message = "Could not reach Confluent Cloud at " + host + " for " + call.describe() + " ("
                    + attempts(attempts) + ") while reading " + call.subject() + ": " + failure.getMessage() + "."
                    + fix;
        }
        return create(message, 0, null, failure);
    }

    ConfluentApiException unreadableJson(ApiCall call, int status, String requestId, byte[] body,
                                         IOException failure) {
        String problem;
        String parserMessage = failure instanceof JsonProcessingException json
                ? ParserMessages.clean(json.getOriginalMessage()) : ParserMessages.clean(failure.getMessage());
        boolean endedEarly = failure instanceof JsonEOFException
                || String.valueOf(failure.getMessage()).contains("end-of-input");
        if (new String(body, StandardCharsets.UTF_8).isBlank()) {
            problem = "an empty body where JSON was expected";
        } else if (endedEarly) {
            problem = "a truncated JSON document (it stops after " + body.length + " bytes" + at(failure) + ")";
        } else if (failure instanceof MismatchedInputException) {
            problem = "JSON of an unexpected shape (" + parserMessage + at(failure) + ")";
        } else {
            problem = "malformed JSON (" + parserMessage + at(failure) + ")";
        }
        return create("Confluent Cloud answered " + call.describe() + " (HTTP " + status + ") with " + problem
                + " while reading " + call.subject() + ". The answer cannot be trusted, so nothing was decided;"
                + " run again, and report it if it persists.", status, requestId, failure);
    }

    ConfluentApiException untrustworthy(ApiCall call, String problem) {
        return create("Confluent Cloud's answer to " + call.describe() + " cannot be trusted: " + problem
                + ". Nothing was decided; run again, and report it if it persists.", 0, null, null);
    }

    ConfluentApiException interrupted(ApiCall call) {
        return create("Interrupted while waiting to retry " + call.describe() + ".", 0, null, null);
    }

    private ConfluentApiException create(String message, int status, String requestId, Throwable cause) {
        String withId = requestId == null ? message : message + " (X-Request-Id: " + requestId + ")";
        return new ConfluentApiException(credentials.redact(withId), status, requestId, cause);
    }

    private static String at(IOException failure) {
        JsonLocation location = failure instanceof JsonProcessingException json ? json.getLocation() : null;
        return location == null || location.getLineNr() < 1 ? ""
                : ", at line " + location.getLineNr() + " column " + location.getColumnNr();
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "unreadable";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private static String attempts(int attempts) {
        return attempts == 1 ? "1 attempt" : attempts + " attempts";
    }

    static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
