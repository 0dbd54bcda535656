package dev.connectonboard.confluent;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Sends one {@link ApiCall}, retrying 429 and 5xx (not 501) and lost connections with the {@link RetryPolicy}, and
 * parses the JSON answer. Every way this can fail ends in a {@link ConfluentApiException}.
 */
final class HttpExchange {
    private static final System.Logger LOG = System.getLogger(ConfluentCloudClient.class.getName());
    private static final int MAX_ERROR_BODY = 64 * 1024;

    /** Parses a successful body; Jackson's exceptions are mapped to messages by the exchange. */
    @FunctionalInterface
    interface JsonParser<T> {
        T parse(byte[] body) throws IOException;
    }

    private final OkHttpClient http;
    private final ClientSettings settings;
    private final Failures failures;

    HttpExchange(OkHttpClient http, ClientSettings settings) {
        this.http = http;
        this.settings = settings;
        this.failures = new Failures(settings.credentials(), settings.readTimeout());
    }

    Failures failures() {
        return failures;
    }

    <T> T send(ApiCall call, JsonParser<T> parser) {
        RetryPolicy policy = settings.retryPolicy();
        Request request = new Request.Builder().url(call.url()).method(call.method(), call.body())
                .header("Accept", "application/json").build();
        for (int attempt = 1; ; attempt++) {
            boolean retriesLeft = attempt <= policy.maxRetries();
            Duration wait;
            try (Response response = http.newCall(request).execute()) {
                int status = response.code();
                String requestId = response.header("X-Request-Id");
                if (response.isSuccessful()) {
                    byte[] body = bodyOf(response);
                    return parse(call, status, requestId, body, parser);
                }
                if (!retriesLeft || !policy.isRetryable(status)) {
                    throw failures.httpStatus(call, status, errorBody(response), requestId,
                            response.header("WWW-Authenticate"), attempt);
                }
                Optional<Duration> asked = policy.serverDelay(response.headers(), settings.clock());
                if (asked.isPresent() && asked.get().compareTo(policy.maxServerDelay()) > 0) {
                    throw failures.serverDelayTooLong(call, status, asked.get(), requestId);
                }
                wait = asked.isPresent() ? asked.get() : policy.backoff(attempt);
                logRetry(call, "answered HTTP " + status + (requestId == null ? "" : " (X-Request-Id: " + requestId
                        + ")"), attempt, wait);
            } catch (IOException lost) {
                if (!retriesLeft) {
                    throw failures.noAnswer(call, lost, attempt);
                }
                wait = policy.backoff(attempt);
                logRetry(call, "failed: " + reason(lost), attempt, wait);
            }
            sleep(call, wait);
        }
    }

    private <T> T parse(ApiCall call, int status, String requestId, byte[] body, JsonParser<T> parser) {
        try {
            return parser.parse(body);
        } catch (IOException unreadable) {
            throw failures.unreadableJson(call, status, requestId, body, unreadable);
        }
    }

    private static byte[] bodyOf(Response response) throws IOException {
        ResponseBody body = response.body();
        return body == null ? new byte[0] : body.bytes();
    }

    private static String errorBody(Response response) {
        try {
            return response.peekBody(MAX_ERROR_BODY).string();
        } catch (IOException unreadable) {
            return "";
        }
    }

    private void logRetry(ApiCall call, String what, int attempt, Duration wait) {
        RetryNotice notice = new RetryNotice(call.describe(), settings.credentials().redact(what), attempt + 1,
                settings.retryPolicy().maxRetries() + 1, wait);
        settings.retryNotices().accept(notice);
        if (LOG.isLoggable(Level.DEBUG)) {
            LOG.log(Level.DEBUG, notice.toString());
        }
    }

    /** A lost connection as a person reads it: "connection refused", "timeout", never a stack trace. */
    private static String reason(IOException lost) {
        String message = lost.getMessage();
        String kind = lost instanceof java.io.InterruptedIOException ? "no answer in time"
                : lost instanceof java.net.ConnectException ? "cannot connect"
                : lost instanceof java.net.UnknownHostException ? "unknown host"
                : lost.getClass().getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT)
                .replace(" exception", "");
        return message == null || message.isBlank() ? kind : kind + " (" + message + ")";
    }

    private void sleep(ApiCall call, Duration wait) {
        try {
            settings.sleeper().sleep(wait);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw failures.interrupted(call);
        }
    }
}
