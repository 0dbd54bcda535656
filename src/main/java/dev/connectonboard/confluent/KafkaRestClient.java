package dev.connectonboard.confluent;

import com.fasterxml.jackson.databind.JsonNode;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Reads a Kafka cluster's topics through its Kafka REST API v3 ({@code GET /kafka/v3/clusters/{id}/topics} and
 * {@code .../topics/{name}/configs}), authenticated with a Kafka API key of the cluster, the same
 * {@code KAFKA_API_KEY}/{@code KAFKA_API_SECRET} the generated roots' Terraform runs use. Retries, redaction and
 * error messages are the Confluent Cloud client's.
 */
public final class KafkaRestClient implements AutoCloseable {
    public static final String KEY_VARIABLE = "KAFKA_API_KEY";
    public static final String SECRET_VARIABLE = "KAFKA_API_SECRET";
    /** Overrides the platform file's {@code kafkaCluster.restEndpoint} (proxies, tests). */
    public static final String URL_VARIABLE = "KAFKA_REST_ENDPOINT";
    private static final String DYNAMIC = "DYNAMIC_TOPIC_CONFIG";

    private final OkHttpClient http;
    private final HttpExchange exchange;
    private final HttpUrl base;

    public KafkaRestClient(ClientSettings settings) {
        Objects.requireNonNull(settings, "settings");
        this.http = new OkHttpClient.Builder().connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout()).retryOnConnectionFailure(false)
                .addInterceptor(new BasicAuthInterceptor(settings.credentials())).build();
        this.exchange = new HttpExchange(http, settings);
        this.base = settings.controlPlaneUrl();
    }

    /**
     * From {@code KAFKA_API_KEY}/{@code KAFKA_API_SECRET} and the cluster's REST endpoint (or
     * {@code KAFKA_REST_ENDPOINT}); throws {@link ConfluentApiException} without credentials.
     */
    public static KafkaRestClient fromEnvironment(Map<String, String> environment, String restEndpoint) {
        String key = environment.get(KEY_VARIABLE);
        String secret = environment.get(SECRET_VARIABLE);
        if (key == null || key.isBlank() || secret == null || secret.isBlank()) {
            throw ConfluentApiException.badSetting("Cannot read the cluster's topics: set " + KEY_VARIABLE + " and "
                    + SECRET_VARIABLE + " (a Kafka API key of the platform's cluster, as for terraform plan).");
        }
        String url = environment.getOrDefault(URL_VARIABLE, restEndpoint);
        ClientSettings settings = ClientSettings.of(new ApiCredentials(key, secret));
        HttpUrl parsed = HttpUrl.parse(url == null ? "" : url);
        if (parsed == null) {
            throw ConfluentApiException.badSetting("The Kafka REST endpoint '" + url + "' is not a URL; fix "
                    + "kafkaCluster.restEndpoint in the platform file or " + URL_VARIABLE + ".");
        }
        return new KafkaRestClient(settings.withControlPlaneUrl(parsed));
    }

    /** Every topic of the cluster with its partitions and the configs set on it, sorted by name. */
    public List<KafkaTopic> topics(String clusterId) {
        HttpUrl url = base.newBuilder().addPathSegments("kafka/v3/clusters").addPathSegment(clusterId)
                .addPathSegment("topics").build();
        ApiCall call = ApiCall.get(url, "the topics of cluster " + clusterId,
                "a Kafka API key whose account may describe the cluster's topics (DeveloperRead or an ACL)",
                "Check kafkaCluster.id and kafkaCluster.restEndpoint in the platform file.");
        JsonNode list = exchange.send(call, body -> Wire.JSON.readTree(body));
        if (list == null || !list.path("data").isArray()) {
            throw exchange.failures().untrustworthy(call, "the body has no \"data\" list of topics");
        }
        Map<String, KafkaTopic> topics = new TreeMap<>();
        for (JsonNode topic : list.path("data")) {
            String name = topic.path("topic_name").asText(null);
            if (name == null || !topic.path("partitions_count").canConvertToInt()) {
                throw exchange.failures().untrustworthy(call, "a topic has no \"topic_name\" or \"partitions_count\"");
            }
            if (!topic.path("is_internal").asBoolean(false)) {
                topics.put(name, new KafkaTopic(name, topic.path("partitions_count").asInt(), configs(clusterId, name)));
            }
        }
        return new ArrayList<>(topics.values());
    }

    private Map<String, String> configs(String clusterId, String topic) {
        HttpUrl url = base.newBuilder().addPathSegments("kafka/v3/clusters").addPathSegment(clusterId)
                .addPathSegment("topics").addPathSegment(topic).addPathSegment("configs").build();
        ApiCall call = ApiCall.get(url, "the configs of topic " + topic,
                "a Kafka API key whose account may describe the topic's configs", "Check that topic " + topic
                        + " still exists.");
        JsonNode list = exchange.send(call, body -> Wire.JSON.readTree(body));
        if (list == null || !list.path("data").isArray()) {
            throw exchange.failures().untrustworthy(call, "the body has no \"data\" list of configs");
        }
        Map<String, String> configs = new TreeMap<>();
        for (JsonNode config : list.path("data")) {
            if (DYNAMIC.equals(config.path("source").asText()) && !config.path("value").isNull()
                    && !config.path("is_sensitive").asBoolean(false)) {
                configs.put(config.path("name").asText(), config.path("value").asText());
            }
        }
        return configs;
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
