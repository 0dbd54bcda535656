package dev.connectonboard.connect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Kafka Connect REST API of a department's self-managed workers, as the provider's {@code connectonboard_connector}
 * resource and {@code status} use it. Every call authenticates with HTTP Basic (Kafka's basic-auth REST extension),
 * is retried on 409 (the workers are rebalancing), 5xx and lost connections with capped exponential backoff, and ends
 * in a {@link ConnectApiException} when it cannot succeed.
 *
 * <p>Endpoints: Kafka Connect REST API (connectors, status, pause/resume, {@code stop} from KIP-875,
 * {@code initial_state} on create from KIP-980, {@code connector-plugins/{class}/config/validate}).
 */
public final class ConnectRestClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType JSON_TYPE = MediaType.get("application/json");
    private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "::1", "[::1]");
    private static final int MAX_ERROR_BODY = 64 * 1024;

    private final ConnectClientSettings settings;
    private final OkHttpClient http;

    public ConnectRestClient(ConnectClientSettings settings) {
        WorkerEndpoint endpoint = settings.endpoint();
        if (endpoint.authenticated() && !endpoint.baseUrl().isHttps()
                && !LOOPBACK_HOSTS.contains(endpoint.baseUrl().host())) {
            throw ConnectApiException.badSetting("The Kafka Connect REST URL " + endpoint.baseUrl() + " uses plain"
                    + " http; REST credentials are only sent over https (plain http is allowed for loopback only).");
        }
        this.settings = settings;
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .writeTimeout(settings.readTimeout())
                .retryOnConnectionFailure(false);
        if (endpoint.authenticated()) {
            String header = Credentials.basic(endpoint.username(), endpoint.password(), StandardCharsets.UTF_8);
            builder.addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
                    .header("Authorization", header).build()));
        }
        this.http = builder.build();
    }

    public WorkerEndpoint endpoint() {
        return settings.endpoint();
    }

    /** {@code GET /}: the worker's Kafka version; also proves the address and credentials. */
    public String version() {
        return send("GET", url(), null).path("version").asText();
    }

    public List<String> connectorNames() {
        List<String> names = new ArrayList<>();
        send("GET", url("connectors"), null).forEach(name -> names.add(name.asText()));
        return names;
    }

    /** The connector's config as submitted, or empty when there is no connector of that name. */
    public Optional<ConnectorInfo> connector(String name) {
        try {
            return Optional.of(info(send("GET", url("connectors", name), null)));
        } catch (ConnectApiException e) {
            if (e.reason() == ConnectApiException.Reason.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The connector's live status, or empty when there is no connector of that name. */
    public Optional<ConnectorStatus> status(String name) {
        try {
            return Optional.of(status(send("GET", url("connectors", name, "status"), null)));
        } catch (ConnectApiException e) {
            if (e.reason() == ConnectApiException.Reason.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Every connector's status in one call ({@code GET /connectors?expand=status}). */
    public Map<String, ConnectorStatus> statuses() {
        Map<String, ConnectorStatus> statuses = new TreeMap<>();
        send("GET", url("connectors").newBuilder().addQueryParameter("expand", "status").build(), null)
                .fields().forEachRemaining(entry -> statuses.put(entry.getKey(), status(entry.getValue().path("status"))));
        return statuses;
    }

    /** Every connector's config and status in one call ({@code GET /connectors?expand=info&expand=status}). */
    public Map<String, Map.Entry<ConnectorInfo, ConnectorStatus>> connectorsWithStatus() {
        Map<String, Map.Entry<ConnectorInfo, ConnectorStatus>> all = new TreeMap<>();
        HttpUrl url = url("connectors").newBuilder().addQueryParameter("expand", "info")
                .addQueryParameter("expand", "status").build();
        send("GET", url, null).fields().forEachRemaining(entry -> all.put(entry.getKey(), Map.entry(
                info(entry.getValue().path("info")), status(entry.getValue().path("status")))));
        return all;
    }

    /**
     * {@code POST /connectors} with {@code initial_state}, so a connector declared paused or stopped never runs a
     * record first. A connector of that name that already exists is a {@link ConnectApiException.Reason#CONFLICT}.
     */
    public ConnectorInfo create(String name, Map<String, String> config, TargetState initialState) {
        ObjectNode body = JSON.createObjectNode();
        body.put("name", name);
        ObjectNode configNode = body.putObject("config");
        new TreeMap<>(config).forEach(configNode::put);
        body.put("initial_state", initialState.name());
        return info(send("POST", url("connectors"), body));
    }

    /** {@code PUT /connectors/{name}/config}: replaces the whole config; the target state is kept. */
    public ConnectorInfo putConfig(String name, Map<String, String> config) {
        ObjectNode body = JSON.createObjectNode();
        new TreeMap<>(config).forEach(body::put);
        return info(send("PUT", url("connectors", name, "config"), body));
    }

    /** Pause, resume or stop, whichever reaches {@code state}. The worker applies it asynchronously. */
    public void changeState(String name, TargetState state) {
        String action = switch (state) {
            case RUNNING -> "resume";
            case PAUSED -> "pause";
            case STOPPED -> "stop";
        };
        send("PUT", url("connectors", name, action), null);
    }

    /** {@code DELETE /connectors/{name}}; a connector that is already gone is not an error. */
    public void delete(String name) {
        try {
            send("DELETE", url("connectors", name), null);
        } catch (ConnectApiException e) {
            if (e.reason() != ConnectApiException.Reason.NOT_FOUND) {
                throw e;
            }
        }
    }

    public List<PluginInfo> plugins() {
        List<PluginInfo> plugins = new ArrayList<>();
        send("GET", url("connector-plugins"), null).forEach(plugin -> plugins.add(new PluginInfo(
                plugin.path("class").asText(), plugin.path("type").asText(), plugin.path("version").asText())));
        return plugins;
    }

    /**
     * Asks the worker's plugin to validate {@code config} ({@code connector.class} must be in it). The worker resolves
     * config-provider references before validating; values it resolved are redacted from the messages. The
     * connector's {@code name} is a required setting of every connector, so it is sent too.
     */
    public ConfigValidation validate(String name, Map<String, String> config) {
        String connectorClass = config.get("connector.class");
        if (connectorClass == null) {
            throw new IllegalArgumentException("config has no connector.class");
        }
        ObjectNode body = JSON.createObjectNode();
        Map<String, String> named = new TreeMap<>(config);
        named.putIfAbsent("name", name);
        named.forEach(body::put);
        JsonNode answer = send("PUT", url("connector-plugins", connectorClass, "config", "validate"), body);
        List<String> resolvedSecrets = new ArrayList<>();
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (JsonNode entry : answer.path("configs")) {
            JsonNode value = entry.path("value");
            String key = value.path("name").asText();
            String submitted = config.get(key);
            String seen = value.path("value").isTextual() ? value.path("value").asText() : null;
            if (submitted != null && submitted.contains("${") && seen != null && !seen.equals(submitted)
                    && !seen.isEmpty()) {
                resolvedSecrets.add(seen);
            }
            List<String> messages = new ArrayList<>();
            value.path("errors").forEach(error -> messages.add(error.asText()));
            if (!messages.isEmpty()) {
                errors.put(key, messages);
            }
        }
        List<ConfigValidation.FieldError> fieldErrors = new ArrayList<>();
        errors.forEach((key, messages) -> fieldErrors.add(new ConfigValidation.FieldError(key,
                messages.stream().map(message -> redact(message, resolvedSecrets)).toList())));
        return new ConfigValidation(connectorClass, fieldErrors);
    }

    private static String redact(String message, List<String> secrets) {
        String redacted = message;
        for (String secret : secrets) {
            redacted = redacted.replace(secret, "***");
        }
        return redacted;
    }

    private static ConnectorInfo info(JsonNode node) {
        Map<String, String> config = new TreeMap<>();
        node.path("config").fields().forEachRemaining(e -> config.put(e.getKey(), e.getValue().asText()));
        return new ConnectorInfo(node.path("name").asText(), config, node.path("type").asText(null));
    }

    private static ConnectorStatus status(JsonNode node) {
        JsonNode connector = node.path("connector");
        List<ConnectorStatus.TaskStatus> tasks = new ArrayList<>();
        node.path("tasks").forEach(task -> tasks.add(new ConnectorStatus.TaskStatus(task.path("id").asInt(),
                task.path("state").asText(), task.path("worker_id").asText(null), task.path("trace").asText(null))));
        return new ConnectorStatus(node.path("name").asText(), connector.path("state").asText(),
                connector.path("worker_id").asText(null), connector.path("trace").asText(null),
                node.path("type").asText(null), tasks);
    }

    private HttpUrl url(String... segments) {
        HttpUrl.Builder builder = settings.endpoint().baseUrl().newBuilder();
        for (String segment : segments) {
            builder.addPathSegment(segment);
        }
        return builder.build();
    }

    private JsonNode send(String method, HttpUrl url, JsonNode body) {
        RequestBody payload = body == null ? (method.equals("PUT") || method.equals("POST")
                ? RequestBody.create(new byte[0], JSON_TYPE) : null)
                : RequestBody.create(body.toString().getBytes(StandardCharsets.UTF_8), JSON_TYPE);
        Request request = new Request.Builder().url(url).method(method, payload)
                .header("Accept", "application/json").build();
        String call = method + " " + url.encodedPath();
        for (int attempt = 1; ; attempt++) {
            boolean retriesLeft = attempt <= settings.retryPolicy().maxRetries();
            Duration wait;
            try (Response response = http.newCall(request).execute()) {
                int status = response.code();
                if (response.isSuccessful()) {
                    return parse(call, response);
                }
                String workerMessage = workerMessage(response);
                boolean alreadyExists = status == 409 && workerMessage != null
                        && workerMessage.contains("already exists");
                boolean retryable = !alreadyExists && (status == 409 || settings.retryPolicy().isRetryable(status));
                if (!retriesLeft || !retryable) {
                    throw failure(call, status, workerMessage, attempt);
                }
                wait = settings.retryPolicy().backoff(attempt);
            } catch (IOException lost) {
                if (!retriesLeft) {
                    throw new ConnectApiException(ConnectApiException.Reason.UNREACHABLE, 0, redact(call
                            + " to the Kafka Connect workers at " + settings.endpoint().baseUrl() + " got no answer ("
                            + describe(lost) + ") after " + attempt + " attempt(s). Check that the workers are"
                            + " running and that this machine is on the platform's deploy network."), null, lost);
                }
                wait = settings.retryPolicy().backoff(attempt);
            }
            try {
                settings.sleeper().sleep(wait);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new ConnectApiException(ConnectApiException.Reason.UNREACHABLE, 0, call + " was interrupted",
                        null, interrupted);
            }
        }
    }

    private JsonNode parse(String call, Response response) throws IOException {
        ResponseBody body = response.body();
        byte[] bytes = body == null ? new byte[0] : body.bytes();
        if (bytes.length == 0) {
            return JSON.nullNode();
        }
        try {
            return JSON.readTree(bytes);
        } catch (IOException unreadable) {
            throw new ConnectApiException(ConnectApiException.Reason.MALFORMED, response.code(), call
                    + " answered HTTP " + response.code() + " with a body that is not JSON: "
                    + unreadable.getMessage(), null, unreadable);
        }
    }

    private ConnectApiException failure(String call, int status, String workerMessage, int attempts) {
        String said = workerMessage == null ? "" : ": " + workerMessage;
        ConnectApiException.Reason reason;
        String advice;
        if (status == 401 || status == 403) {
            reason = ConnectApiException.Reason.UNAUTHORIZED;
            advice = " The REST user or password is wrong: use the credentials the platform keeps in Secrets"
                    + " Manager for these workers.";
        } else if (status == 404) {
            reason = ConnectApiException.Reason.NOT_FOUND;
            advice = "";
        } else if (status == 409) {
            reason = ConnectApiException.Reason.CONFLICT;
            advice = attempts > 1 ? " (still after " + attempts + " attempts: the workers keep rebalancing)" : "";
        } else if (status >= 500) {
            reason = ConnectApiException.Reason.SERVER_ERROR;
            advice = attempts > 1 ? " (after " + attempts + " attempts)" : "";
        } else {
            reason = ConnectApiException.Reason.REJECTED;
            advice = "";
        }
        return new ConnectApiException(reason, status, redact(call + " to the Kafka Connect workers answered HTTP "
                + status + said + "." + advice), workerMessage == null ? null : redact(workerMessage), null);
    }

    private static String workerMessage(Response response) {
        try {
            String text = response.peekBody(MAX_ERROR_BODY).string();
            if (text.isBlank()) {
                return null;
            }
            JsonNode node = JSON.readTree(text);
            return node.path("message").isTextual() ? node.path("message").asText() : text.strip();
        } catch (IOException notJson) {
            return null;
        }
    }

    private String redact(String text) {
        return settings.endpoint().redact(text);
    }

    private static String describe(IOException lost) {
        String message = lost.getMessage();
        return lost.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
