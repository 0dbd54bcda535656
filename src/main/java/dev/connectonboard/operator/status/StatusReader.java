package dev.connectonboard.operator.status;

import dev.connectonboard.confluent.ConfluentApiException;
import dev.connectonboard.confluent.ConfluentCloudClient;
import dev.connectonboard.confluent.ConnectorMetrics;
import dev.connectonboard.confluent.ConnectorStatus;
import dev.connectonboard.confluent.LiveConnector;
import dev.connectonboard.confluent.MetricsWindow;
import dev.connectonboard.descriptor.DescriptorSources;
import dev.connectonboard.descriptor.Loaded;
import dev.connectonboard.descriptor.model.ConnectRuntime;
import dev.connectonboard.descriptor.model.Connector;
import dev.connectonboard.descriptor.model.DepartmentOnboarding;
import dev.connectonboard.descriptor.model.Platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the live state of departments' connectors: one connector listing for the platform's cluster, the detailed
 * status of each failed or degraded connector, and record counts from the Metrics API. A Connect API failure ends the
 * read ({@link ConfluentApiException}, exit 3): no report is better than one that looks whole and is not. Metrics are
 * extras: when they cannot be read, the report says why and shows the connectors without counts.
 */
public final class StatusReader {
    /** Metrics arrive about five minutes late; a window ending now would undercount. */
    static final Duration METRICS_LATENCY = Duration.ofMinutes(5);
    static final Duration METRICS_SPAN = Duration.ofHours(1);

    private final ConfluentCloudClient client;
    private final Clock clock;
    private final SelfManagedWorkers workers;

    public StatusReader(ConfluentCloudClient client, Clock clock) {
        this(client, clock, SelfManagedWorkers.none());
    }

    /** @param workers where self-managed departments' connectors are read (their workers' REST API) */
    public StatusReader(ConfluentCloudClient client, Clock clock, SelfManagedWorkers workers) {
        this.client = Objects.requireNonNull(client, "client");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.workers = Objects.requireNonNull(workers, "workers");
    }

    /**
     * @param departments every department descriptor found (used to tell declared from undeclared connectors)
     * @param only        the department to show; null shows every department and the connectors no prefix owns
     */
    public record Request(Loaded<Platform> platform, List<Loaded<DepartmentOnboarding>> departments, String only) {
        public Request {
            Objects.requireNonNull(platform, "platform");
            departments = List.copyOf(departments);
        }
    }

    public StatusReport read(Request request) {
        List<Loaded<DepartmentOnboarding>> shown = select(request);
        Platform platform = request.platform().value();
        String environmentId = platform.confluent().environmentId();
        String clusterId = platform.confluent().kafkaCluster().id();
        Instant readAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);

        Map<String, LiveConnector> live = client.listConnectors(environmentId, clusterId);
        Map<String, List<LiveConnector>> liveByDepartment = new HashMap<>();
        List<LiveConnector> unowned = new ArrayList<>();
        for (LiveConnector connector : live.values()) {
            Loaded<DepartmentOnboarding> owner = ownerOf(connector.name(), request.departments());
            if (owner != null) {
                liveByDepartment.computeIfAbsent(owner.value().name(), n -> new ArrayList<>()).add(connector);
            } else if (request.only() == null) {
                unowned.add(connector);
            }
        }
        List<LiveConnector> shownLive = new ArrayList<>(unowned);
        shown.forEach(d -> shownLive.addAll(liveByDepartment.getOrDefault(d.value().name(), List.of())));

        Map<String, ConnectorStatus> diagnostics = new HashMap<>();
        for (LiveConnector connector : shownLive) {
            Health health = Health.of(connector.state(), connector.tasks());
            if (health == Health.FAILED || health == Health.DEGRADED) {
                diagnostics.put(connector.name(), client.connectorStatus(environmentId, clusterId, connector.name()));
            }
        }
        Instant metricsEnd = readAt.minus(METRICS_LATENCY).truncatedTo(ChronoUnit.MINUTES);
        MetricsWindow window = new MetricsWindow(metricsEnd.minus(METRICS_SPAN), metricsEnd, "ALL");
        Map<String, RecordCounts> counts = new HashMap<>();
        String metricsProblem = readMetrics(shownLive, window, counts);

        List<DepartmentView> departments = new ArrayList<>();
        for (Loaded<DepartmentOnboarding> department : shown) {
            departments.add(view(platform, department, liveByDepartment.getOrDefault(department.value().name(),
                    List.of()), diagnostics, counts));
        }
        List<ConnectorView> unownedViews = unowned.stream().map(c -> ConnectorJoin.live(c, null, null,
                diagnostics.get(c.name()), ConnectorJoin.recordsOf(c, counts))).toList();
        return new StatusReport(platform.name(), environmentId, clusterId, readAt,
                new MetricsOutcome(window.start(), window.end(), metricsProblem), departments, unownedViews);
    }

    private String readMetrics(List<LiveConnector> connectors, MetricsWindow window, Map<String, RecordCounts> into) {
        List<String> ids = connectors.stream().map(LiveConnector::id).filter(Objects::nonNull).toList();
        if (ids.isEmpty()) {
            return null;
        }
        try {
            for (ConnectorMetrics metrics : client.connectorMetrics(ids, window).values()) {
                into.put(metrics.connectorId(), new RecordCounts(metrics.receivedRecords(), metrics.sentRecords(),
                        metrics.deadLetterQueueRecords()));
            }
            return null;
        } catch (ConfluentApiException unavailable) {
            into.clear();
            return unavailable.getMessage();
        }
    }

    private DepartmentView view(Platform platform, Loaded<DepartmentOnboarding> loaded, List<LiveConnector> live,
                                Map<String, ConnectorStatus> diagnostics, Map<String, RecordCounts> counts) {
        DepartmentOnboarding department = loaded.value();
        boolean selfManaged = department.connect().runtime() == ConnectRuntime.SELF_MANAGED;
        String unreachable = null;
        if (selfManaged) {
            try {
                List<LiveConnector> fromWorkers = new ArrayList<>(live);
                workers.connectors(platform, department).stream()
                        .filter(c -> c.name().startsWith(department.prefix() + "-")).forEach(fromWorkers::add);
                live = fromWorkers;
            } catch (SelfManagedWorkers.WorkersUnavailable notRead) {
                unreachable = notRead.getMessage();
            }
        }
        // Workers that were read join like Confluent Cloud's listing: a declared connector not there is MISSING.
        boolean notReported = selfManaged && unreachable != null;
        Map<String, LiveConnector> liveByName = new LinkedHashMap<>();
        live.forEach(c -> liveByName.put(c.name(), c));
        List<ConnectorView> connectors = new ArrayList<>();
        for (int i = 0; i < department.connectors().size(); i++) {
            Connector declared = department.connectors().get(i);
            String declaredAt = loaded.cite("/connectors/" + i + "/name");
            LiveConnector found = liveByName.remove(declared.name());
            if (found != null) {
                connectors.add(ConnectorJoin.live(found, declared, declaredAt, diagnostics.get(found.name()),
                        ConnectorJoin.recordsOf(found, counts)));
            } else if (notReported) {
                connectors.add(ConnectorJoin.notReported(declared, declaredAt));
            } else {
                connectors.add(ConnectorJoin.missing(declared, declaredAt));
            }
        }
        for (LiveConnector undeclared : liveByName.values()) {
            connectors.add(ConnectorJoin.live(undeclared, null, null, diagnostics.get(undeclared.name()),
                    ConnectorJoin.recordsOf(undeclared, counts)));
        }
        String note = notReported && !department.connectors().isEmpty()
                ? "Self-managed: the declared connectors run on the department's workers on ECS Fargate and Confluent"
                + " Cloud does not report them; their workers could not be read here (" + unreachable + "). Logs"
                + " are in CloudWatch." : "";
        return new DepartmentView(department.name(), department.prefix(), department.connect().runtime().yamlName(),
                department.department().owners(), loaded.file().toString(), connectors, note);
    }

    private static Loaded<DepartmentOnboarding> ownerOf(String connectorName,
                                                        List<Loaded<DepartmentOnboarding>> departments) {
        for (Loaded<DepartmentOnboarding> department : departments) {
            if (connectorName.startsWith(department.value().prefix() + "-")) {
                return department;
            }
        }
        return null;
    }

    private static List<Loaded<DepartmentOnboarding>> select(Request request) {
        if (request.only() == null) {
            return request.departments();
        }
        return List.of(DescriptorSources.requireDepartment(request.departments(), request.only()));
    }
}
