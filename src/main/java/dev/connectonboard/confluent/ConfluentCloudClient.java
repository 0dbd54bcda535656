package dev.connectonboard.confluent;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads Confluent Cloud: connectors (Connect v1), native quotas (Service Quota v1), service accounts (IAM v2) and
 * connector metrics (Metrics v2). Every method either returns a complete answer or throws
 * {@link ConfluentApiException}; nothing partial is ever returned. Thread-safe; close it to release connections.
 */
public final class ConfluentCloudClient implements AutoCloseable {
    private static final MediaType JSON_MEDIA = MediaType.get("application/json");
    private static final String EXPAND_ALL = "info,status,id";
    private static final int QUOTA_PAGE_SIZE = 200;
    private static final int ACCOUNT_PAGE_SIZE = 100;
    private static final TypeReference<Map<String, Wire.Expansion>> EXPANSIONS = new TypeReference<>() { };
    private static final TypeReference<Wire.Page<Wire.Quota>> QUOTA_PAGE = new TypeReference<>() { };
    private static final TypeReference<Wire.Page<Wire.Account>> ACCOUNT_PAGE = new TypeReference<>() { };

    private final ClientSettings settings;
    private final OkHttpClient http;
    private final HttpExchange exchange;
    private final Paging paging;

    public ConfluentCloudClient(ClientSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.http = new OkHttpClient.Builder()
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .retryOnConnectionFailure(false)
                .addInterceptor(new BasicAuthInterceptor(settings.credentials()))
                .build();
        this.exchange = new HttpExchange(http, settings);
        this.paging = new Paging(exchange);
    }

    /** A client configured from {@code CONFLUENT_CLOUD_*} variables; see {@link ClientSettings#fromEnvironment}. */
    public static ConfluentCloudClient fromEnvironment(Map<String, String> environment) {
        return new ConfluentCloudClient(ClientSettings.fromEnvironment(environment));
    }

    /** As {@link #fromEnvironment(Map)}, naming what to do without credentials; see {@link ClientSettings}. */
    public static ConfluentCloudClient fromEnvironment(Map<String, String> environment, String otherwise) {
        return new ConfluentCloudClient(ClientSettings.fromEnvironment(environment, otherwise));
    }

    /**
     * Every connector of a cluster with its config, status and id, from one call (Connect v1 lists don't page).
     *
     * @return connectors by name, sorted by name
     */
    public Map<String, LiveConnector> listConnectors(String environmentId, String clusterId) {
        return WireMapping.liveConnectors(expandedConnectors(environmentId, clusterId));
    }

    /**
     * Every connector of a cluster with its whole config, from the same one call as {@link #listConnectors}; the
     * keys whose values Confluent masks are named, their values never kept.
     */
    public Map<String, ConnectorDefinition> connectorDefinitions(String environmentId, String clusterId) {
        return WireMapping.definitions(expandedConnectors(environmentId, clusterId));
    }

    /** The one {@code GET .../connectors?expand=...} call both views of a cluster's connectors are read from. */
    private Map<String, Wire.Expansion> expandedConnectors(String environmentId, String clusterId) {
        HttpUrl url = clusterPath(environmentId, clusterId).addPathSegment("connectors")
                .addEncodedQueryParameter("expand", EXPAND_ALL).build();
        ApiCall call = ApiCall.get(url, "the connectors of cluster " + clusterId + " in " + environmentId,
                connectorRoleHint(environmentId, clusterId), clusterNotFoundHint(environmentId, clusterId));
        Map<String, Wire.Expansion> expansions = exchange.send(call, body -> Wire.JSON.readValue(body, EXPANSIONS));
        if (expansions == null) {
            throw exchange.failures().untrustworthy(call, "the body is JSON null instead of a map of connectors");
        }
        return expansions;
    }

    /** Status of one connector, including Confluent's optional diagnostics (error summary, validation errors). */
    public ConnectorStatus connectorStatus(String environmentId, String clusterId, String connectorName) {
        HttpUrl url = clusterPath(environmentId, clusterId).addPathSegment("connectors")
                .addPathSegment(connectorName).addPathSegment("status").build();
        ApiCall call = ApiCall.get(url, "the status of connector " + connectorName,
                connectorRoleHint(environmentId, clusterId),
                "Check that connector '" + connectorName + "' exists in " + clusterId
                        + " (names are case-sensitive), and the ids in the platform file.");
        Wire.Status status = exchange.send(call, body -> Wire.JSON.readValue(body, Wire.Status.class));
        if (status == null) {
            throw exchange.failures().untrustworthy(call, "the body is JSON null instead of a status");
        }
        return WireMapping.connectorStatus(status);
    }

    /**
     * All applied quotas of a scope, across every page.
     *
     * @param filters further query parameters, e.g. {@code environment}, {@code kafka_cluster}, {@code id}
     */
    public List<AppliedQuota> appliedQuotas(QuotaScope scope, Map<String, String> filters) {
        HttpUrl.Builder url = settings.controlPlaneUrl().newBuilder().addPathSegments("service-quota/v1/applied-quotas")
                .addQueryParameter("scope", scope.wireValue());
        new TreeMap<>(filters).forEach(url::addQueryParameter);
        url.addQueryParameter("page_size", Integer.toString(QUOTA_PAGE_SIZE));
        ApiCall call = ApiCall.get(url.build(), "the " + scope.wireValue() + " quotas",
                "a role that can read " + scope.wireValue() + " quotas (for example OrganizationAdmin)",
                "Check the quota scope and filters " + filters + ", and " + ClientSettings.API_URL_VARIABLE
                        + " if set.");
        List<AppliedQuota> quotas = new ArrayList<>();
        for (Wire.Quota quota : paging.collect(call, QUOTA_PAGE)) {
            if (quota == null || quota.id() == null || quota.appliedLimit() == null) {
                throw exchange.failures().untrustworthy(call, "a quota has no \"id\" or \"applied_limit\"");
            }
            quotas.add(WireMapping.appliedQuota(quota));
        }
        return quotas;
    }

    /**
     * The status of one Private Link access point ({@code GET /networking/v1/access-points/{id}?environment=}),
     * the same call the Confluent provider's {@code confluent_access_point} reads.
     */
    public AccessPointStatus accessPoint(String environmentId, String accessPointId) {
        HttpUrl url = settings.controlPlaneUrl().newBuilder().addPathSegments("networking/v1/access-points")
                .addPathSegment(accessPointId).addQueryParameter("environment", environmentId).build();
        ApiCall call = ApiCall.get(url, "access point " + accessPointId + " in " + environmentId,
                "a role that can read the environment's networking (for example NetworkAdmin or EnvironmentAdmin on "
                        + environmentId + ")",
                "Check that access point " + accessPointId + " exists in " + environmentId + ".");
        Wire.AccessPoint point = exchange.send(call, body -> Wire.JSON.readValue(body, Wire.AccessPoint.class));
        if (point == null || point.status() == null || point.status().phase() == null) {
            throw exchange.failures().untrustworthy(call, "the access point has no \"status.phase\"");
        }
        Wire.AccessPointState state = point.status();
        JsonNode endpoint = state.config() == null ? null
                : state.config().get("vpc_endpoint_id");
        return new AccessPointStatus(accessPointId, state.phase(),
                state.errorCode(), state.errorMessage(), endpoint == null ? null : endpoint.asText());
    }

    /** Every service account of the organization, across every page. */
    public List<ServiceAccount> serviceAccounts() {
        HttpUrl url = settings.controlPlaneUrl().newBuilder().addPathSegments("iam/v2/service-accounts")
                .addQueryParameter("page_size", Integer.toString(ACCOUNT_PAGE_SIZE)).build();
        ApiCall call = ApiCall.get(url, "the service accounts of the organization",
                "a role that can list service accounts (for example OrganizationAdmin)",
                "Check " + ClientSettings.API_URL_VARIABLE + " if set.");
        List<ServiceAccount> accounts = new ArrayList<>();
        for (Wire.Account account : paging.collect(call, ACCOUNT_PAGE)) {
            if (account == null || account.id() == null) {
                throw exchange.failures().untrustworthy(call, "a service account has no \"id\"");
            }
            accounts.add(WireMapping.serviceAccount(account));
        }
        return accounts;
    }

    /**
     * Received, sent and dead-letter record counts per connector id ({@code lcc-...}) over a window: one Metrics
     * API query per metric and per batch of {@value MetricsQuery#IDS_PER_QUERY} ids. No ids, no calls.
     *
     * @return one entry per requested id, in request order
     */
    public Map<String, ConnectorMetrics> connectorMetrics(Collection<String> connectorIds, MetricsWindow window) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(connectorIds));
        Map<String, Map<String, Double>> totalsByMetric = new HashMap<>();
        for (String metric : MetricsQuery.METRICS) {
            Map<String, Double> totals = totalsByMetric.computeIfAbsent(metric, m -> new HashMap<>());
            for (List<String> batch : MetricsQuery.batches(ids)) {
                queryMetric(metric, batch, window, totals);
            }
        }
        Map<String, ConnectorMetrics> result = new LinkedHashMap<>();
        for (String id : ids) {
            result.put(id, new ConnectorMetrics(id,
                    total(totalsByMetric, MetricsQuery.RECEIVED, id),
                    total(totalsByMetric, MetricsQuery.SENT, id),
                    total(totalsByMetric, MetricsQuery.DEAD_LETTER, id)));
        }
        return result;
    }

    private void queryMetric(String metric, List<String> ids, MetricsWindow window, Map<String, Double> totals) {
        query(MetricsQuery.body(metric, ids, window), MetricsQuery.CONNECTOR_LABEL,
                "metric " + metric + " of " + ids.size() + " connector(s)", totals);
    }

    /**
     * Bytes each topic of a cluster holds (all partitions), as the Metrics API last sampled it: one query per
     * batch of {@value MetricsQuery#IDS_PER_QUERY} topics over {@link MetricsWindow#lastMinute(java.time.Clock)}. A
     * topic the answer does not name has no figure and is left out (no data, or not there).
     */
    public Map<String, Long> topicRetainedBytes(String clusterId, Collection<String> topics, MetricsWindow window) {
        List<String> names = List.copyOf(new LinkedHashSet<>(topics));
        Map<String, Double> totals = new HashMap<>();
        for (List<String> batch : MetricsQuery.batches(names)) {
            query(MetricsQuery.topicBody(clusterId, batch, window), MetricsQuery.TOPIC_LABEL,
                    "retained bytes of " + batch.size() + " topic(s) of " + clusterId, totals);
        }
        Map<String, Long> result = new LinkedHashMap<>();
        for (String name : names) {
            Double bytes = totals.get(name);
            if (bytes != null) {
                result.put(name, Math.round(bytes));
            }
        }
        return result;
    }

    private void query(ObjectNode query, String label, String what, Map<String, Double> totals) {
        HttpUrl first = settings.telemetryUrl().newBuilder().addPathSegments("v2/metrics/cloud/query").build();
        RequestBody body = RequestBody.create(query.toString(), JSON_MEDIA);
        ApiCall call = ApiCall.post(first, body, what,
                "MetricsViewer on the organization, environment or cluster",
                "Check " + ClientSettings.METRICS_URL_VARIABLE + " if set.");
        Set<String> tokensSeen = new HashSet<>();
        while (true) {
            JsonNode answer = exchange.send(call, bytes -> Wire.JSON.readTree(bytes));
            String next;
            try {
                next = MetricsQuery.addPoints(answer, label, totals);
            } catch (IllegalArgumentException problem) {
                throw exchange.failures().untrustworthy(call, problem.getMessage());
            }
            if (next == null) {
                return;
            }
            if (!tokensSeen.add(next)) {
                throw exchange.failures().untrustworthy(call, "it sent page token '" + next + "' twice");
            }
            call = call.withUrl(first.newBuilder().setQueryParameter("page_token", next).build());
        }
    }

    private static long total(Map<String, Map<String, Double>> totals, String metric, String id) {
        return Math.round(totals.getOrDefault(metric, Map.of()).getOrDefault(id, 0.0));
    }

    private HttpUrl.Builder clusterPath(String environmentId, String clusterId) {
        return settings.controlPlaneUrl().newBuilder().addPathSegments("connect/v1/environments")
                .addPathSegment(environmentId).addPathSegment("clusters").addPathSegment(clusterId);
    }

    private static String connectorRoleHint(String environmentId, String clusterId) {
        return "a role that can read connectors in " + clusterId + " (for example CloudClusterAdmin on " + clusterId
                + ", or EnvironmentAdmin on " + environmentId + ")";
    }

    private static String clusterNotFoundHint(String environmentId, String clusterId) {
        return "Check confluent.environmentId (" + environmentId + ") and confluent.kafkaCluster.id (" + clusterId
                + ") in the platform file, and " + ClientSettings.API_URL_VARIABLE + " if set.";
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    @Override
    public String toString() {
        return "ConfluentCloudClient[controlPlane=" + settings.controlPlaneUrl() + ", telemetry="
                + settings.telemetryUrl() + "]";
    }
}
