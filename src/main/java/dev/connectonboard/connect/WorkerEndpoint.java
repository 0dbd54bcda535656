package dev.connectonboard.connect;

import okhttp3.HttpUrl;

import java.util.Objects;

/**
 * Where a department's Kafka Connect workers answer and the REST user to authenticate as (the workers run Kafka's
 * basic-auth REST extension). {@link #toString()} never shows the password.
 *
 * @param baseUrl  the REST API's base URL, e.g. {@code https://rsch-connect.connect.internal:8443/}
 * @param username null for workers without authentication (only ever used against loopback in tests)
 * @param password the user's password; null together with username
 */
public record WorkerEndpoint(HttpUrl baseUrl, String username, String password) {

    public WorkerEndpoint {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if ((username == null) != (password == null)) {
            throw new IllegalArgumentException("username and password go together");
        }
    }

    /** Parses a base URL as written in configuration; throws {@link ConnectApiException} when it is not one. */
    public static WorkerEndpoint of(String url, String username, String password) {
        HttpUrl parsed = url == null ? null : HttpUrl.parse(url.trim());
        if (parsed == null) {
            throw ConnectApiException.badSetting("The Kafka Connect REST URL '" + url + "' is not an http(s) URL;"
                    + " use the workers' address, e.g. https://rsch-connect.connect.internal:8443.");
        }
        return new WorkerEndpoint(parsed, username, password);
    }

    public boolean authenticated() {
        return username != null;
    }

    /** Replaces the password wherever it appears in a text that is about to be shown. */
    public String redact(String text) {
        if (text == null || password == null || password.isEmpty()) {
            return text;
        }
        return text.replace(password, "***");
    }

    @Override
    public String toString() {
        return "WorkerEndpoint[" + baseUrl + (username == null ? "" : ", user " + username + ", password hidden") + "]";
    }
}
