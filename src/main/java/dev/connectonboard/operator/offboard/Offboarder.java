package dev.connectonboard.operator.offboard;

import dev.connectonboard.confluent.ConfluentApiException;
import dev.connectonboard.confluent.ConfluentCloudClient;
import dev.connectonboard.confluent.ConnectorMetrics;
import dev.connectonboard.confluent.LiveConnector;
import dev.connectonboard.confluent.MetricsWindow;
import dev.connectonboard.descriptor.Loaded;
import dev.connectonboard.descriptor.model.ConnectRuntime;
import dev.connectonboard.descriptor.model.Connector;
import dev.connectonboard.descriptor.model.DepartmentOnboarding;
import dev.connectonboard.descriptor.model.IamRole;
import dev.connectonboard.descriptor.model.Platform;
import dev.connectonboard.descriptor.model.PrivateLinkEndpoint;
import dev.connectonboard.descriptor.model.Topic;
import dev.connectonboard.errors.FailureKind;
import dev.connectonboard.errors.OnboardException;
import dev.connectonboard.generate.Naming;
import dev.connectonboard.operator.AtomicFiles;
import dev.connectonboard.operator.lifecycle.DescriptorText;
import dev.connectonboard.operator.offboard.OffboardReport.ConnectorFate;
import dev.connectonboard.operator.offboard.OffboardReport.TopicFate;
import dev.connectonboard.operator.status.SelfManagedWorkers;
import dev.connectonboard.quota.DepartmentFootprint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Offboarding a department: says what its removal destroys (data, connectors, access), with live facts where they
 * can be read, and writes the offboarding marker and the acknowledgement into its descriptor, from which
 * {@code generate} renders the reduced root. Nothing here prints or exits.
 */
public final class Offboarder {
    private final Supplier<ConfluentCloudClient> clients;
    private final SelfManagedWorkers workers;
    private final Clock clock;

    /**
     * @param clients opens the Confluent Cloud client; it may throw (no credentials), which the report then says
     */
    public Offboarder(Supplier<ConfluentCloudClient> clients, SelfManagedWorkers workers, Clock clock) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.workers = Objects.requireNonNull(workers, "workers");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param keepTopics topics to keep (released from state), on top of any the descriptor already lists
     * @param reason     the acknowledgement's reason; required to write
     * @param write      edit the descriptor
     * @param afterWrite runs once the descriptor is written (the caller regenerates the root); when it fails, the
     *                   descriptor is put back as it was and the failure passes on
     */
    public record Request(Loaded<Platform> platform, Loaded<DepartmentOnboarding> department, List<String> keepTopics,
                          String reason, boolean write, Runnable afterWrite) {
        public Request {
            keepTopics = List.copyOf(keepTopics);
            afterWrite = afterWrite == null ? () -> { } : afterWrite;
        }
    }

    public OffboardReport run(Request request) {
        DepartmentOnboarding department = request.department().value();
        Platform platform = request.platform().value();
        Set<String> keep = new LinkedHashSet<>(department.isOffboarding()
                ? department.offboarding().keepTopics() : List.of());
        keep.addAll(request.keepTopics());
        List<TopicFate> topics = topics(department, keep);
        Set<String> known = new LinkedHashSet<>(topics.stream().map(TopicFate::name).toList());
        for (String topic : request.keepTopics()) {
            if (!known.contains(topic) || topic.startsWith(department.prefix() + ".connect-")) {
                List<String> keepable = topics.stream().filter(t -> !t.kind().equals("Connect internal"))
                        .map(TopicFate::name).toList();
                throw new OnboardException(FailureKind.USAGE, "--keep-topic " + topic + ": not a topic or dead "
                        + "letter queue of department " + department.name() + (keepable.isEmpty()
                        ? "; it has none to keep (Connect's internal topics go with its workers)"
                        : "; keep one of " + String.join(", ", keepable)));
            }
        }
        Live live = readLive(platform, department);
        List<ConnectorFate> connectors = new ArrayList<>();
        for (Connector connector : department.connectors()) {
            LiveConnector found = live.connectors().get(connector.name());
            Long records = found == null || found.id() == null ? null : live.records().get(found.id());
            connectors.add(new ConnectorFate(connector.name(), connector.connectorClass(),
                    found == null ? null : found.state(), records));
        }
        Sizes sizes = readSizes(platform, topics);
        // the usual case without credentials: one reason, said once
        String sizesNote = sizes.failure() != null && live.note().contains(sizes.failure())
                ? "sizes: not read (the same reason)" : sizes.note();
        topics = topics.stream().map(topic -> topic.withRetainedBytes(sizes.bytes().get(topic.name()))).toList();
        String edit = descriptorEdit(request, department, keep);
        return new OffboardReport(department.name(), department.prefix(), department.connect().runtime().yamlName(),
                request.department().file().toString(), topics, connectors, access(platform, department),
                live.read(), live.note(), sizesNote, edit, request.write() && !edit.isEmpty());
    }

    private static List<TopicFate> topics(DepartmentOnboarding department, Set<String> keep) {
        List<TopicFate> topics = new ArrayList<>();
        for (Topic topic : department.topics()) {
            topics.add(new TopicFate(topic.name(), "department", keep.contains(topic.name())));
        }
        for (Connector connector : department.connectors()) {
            if (connector.errors().deadLetterQueue()) {
                String dlq = Naming.deadLetterQueueTopic(department, connector);
                topics.add(new TopicFate(dlq, "dead letter queue", keep.contains(dlq)));
            }
        }
        if (department.connect().runtime() == ConnectRuntime.SELF_MANAGED) {
            for (String suffix : List.of("configs", "offsets", "status")) {
                topics.add(new TopicFate(department.prefix() + ".connect-" + suffix, "Connect internal", false));
            }
        }
        return topics;
    }

    /** Everything the department's access consists of, named as the modules name it. */
    private static List<String> access(Platform platform, DepartmentOnboarding department) {
        String prefix = department.prefix();
        boolean selfManaged = department.connect().runtime() == ConnectRuntime.SELF_MANAGED;
        List<String> access = new ArrayList<>();
        access.add("service accounts " + String.join(", ",
                DepartmentFootprint.serviceAccountNames(prefix, platform.name())));
        access.add("API keys " + prefix + "-operators-kafka, " + prefix + "-metrics-reader-cloud"
                + (selfManaged ? ", " + prefix + "-connectors-kafka" : ""));
        access.add("the ACLs of " + prefix + "-connectors-" + platform.name() + " on " + prefix + ".* (its topics, "
                + "DLQs" + (selfManaged ? ", internal topics and consumer group " + prefix + "-connect" : "") + ")");
        access.add("the role bindings of " + prefix + "-operators-" + platform.name() + " and "
                + prefix + "-metrics-reader-" + platform.name());
        for (IamRole role : department.iamRoles()) {
            access.add("IAM role " + prefix + "-" + role.name() + " and its S3 policy"
                    + (selfManaged ? "" : ", with its Confluent provider integration"));
        }
        for (PrivateLinkEndpoint endpoint : department.privateLinkEgress()) {
            access.add("Private Link access point and DNS records " + endpoint.name() + " ("
                    + String.join(", ", endpoint.dnsDomains()) + ")");
        }
        if (selfManaged) {
            access.add("the ECS Fargate workers, their roles, log group and REST load balancer");
            access.add("secrets " + Naming.workerKafkaCredentialsSecret(department) + " and "
                    + Naming.workerRestCredentialsSecret(department));
        }
        return access;
    }

    private record Live(boolean read, String note, Map<String, LiveConnector> connectors, Map<String, Long> records) {
    }

    private Live readLive(Platform platform, DepartmentOnboarding department) {
        Map<String, LiveConnector> connectors = new HashMap<>();
        if (department.connect().runtime() == ConnectRuntime.SELF_MANAGED) {
            try {
                workers.connectors(platform, department).forEach(c -> connectors.put(c.name(), c));
                return new Live(true, "live: connector states read from the department's workers (records per "
                        + "hour are not counted for self-managed connectors)", connectors, Map.of());
            } catch (SelfManagedWorkers.WorkersUnavailable unavailable) {
                return new Live(false, "live facts not read: " + unavailable.getMessage(), connectors, Map.of());
            }
        }
        try (ConfluentCloudClient client = clients.get()) {
            connectors.putAll(client.listConnectors(platform.confluent().environmentId(),
                    platform.confluent().kafkaCluster().id()));
            List<String> ids = department.connectors().stream().map(c -> connectors.get(c.name()))
                    .filter(Objects::nonNull).map(LiveConnector::id).filter(Objects::nonNull).toList();
            Map<String, Long> records = new HashMap<>();
            String note = "live: connectors read from Confluent Cloud; records in + out over the last hour from "
                    + "the Metrics API";
            try {
                for (ConnectorMetrics metrics : client.connectorMetrics(ids, MetricsWindow.lastHours(1, clock))
                        .values()) {
                    records.put(metrics.connectorId(), metrics.receivedRecords() + metrics.sentRecords());
                }
            } catch (ConfluentApiException metricsFailed) {
                note = "live: connectors read from Confluent Cloud; records not counted (" + metricsFailed.getMessage()
                        + ")";
            }
            return new Live(true, note, connectors, records);
        } catch (OnboardException notRead) {
            return new Live(false, "live facts not read: " + notRead.getMessage(), connectors, Map.of());
        }
    }

    /** @param failure why the sizes could not be read, or null */
    private record Sizes(Map<String, Long> bytes, String note, String failure) {
    }

    /**
     * What each topic holds, from the Metrics API (the Connect and Kafka REST APIs report no sizes). Topics live on
     * the platform's cluster whatever the department's runtime, so this reads Confluent Cloud for both.
     */
    private Sizes readSizes(Platform platform, List<TopicFate> topics) {
        if (topics.isEmpty()) {
            return new Sizes(Map.of(), "", null);
        }
        MetricsWindow window = MetricsWindow.lastMinute(clock);
        try (ConfluentCloudClient client = clients.get()) {
            Map<String, Long> bytes = client.topicRetainedBytes(platform.confluent().kafkaCluster().id(),
                    topics.stream().map(TopicFate::name).toList(), window);
            return new Sizes(bytes, "sizes: retained bytes (all partitions) from the Metrics API, the minute "
                    + window.start() + "; a topic without a figure has no data reported", null);
        } catch (OnboardException notRead) {
            return new Sizes(Map.of(), "sizes: not read (" + notRead.getMessage() + ")", notRead.getMessage());
        }
    }

    /** The YAML the descriptor gets; written when asked. Empty when the descriptor already says all of it. */
    private static String descriptorEdit(Request request, DepartmentOnboarding department, Set<String> keep) {
        Path file = request.department().file();
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new OnboardException(FailureKind.USAGE, "cannot read " + file + ": " + e.getMessage(), e);
        }
        DescriptorText edited = new DescriptorText(text);
        if (!department.isOffboarding()) {
            StringBuilder body = new StringBuilder();
            if (!keep.isEmpty()) {
                body.append("  keepTopics:\n");
                keep.forEach(topic -> body.append("    - ").append(topic).append('\n'));
            }
            edited = edited.addSection("offboarding", body.toString());
        } else if (!keep.equals(new LinkedHashSet<>(department.offboarding().keepTopics()))) {
            throw new OnboardException(FailureKind.USAGE, file + " already marks department " + department.name()
                    + " as offboarding; change its offboarding.keepTopics by hand");
        }
        boolean acknowledged = department.acknowledgements().stream()
                .anyMatch(ack -> department.name().equals(ack.department()));
        if (!acknowledged) {
            String reason = request.reason() == null ? "<why: the ticket, where the data went>" : request.reason();
            edited = edited.appendToList("acknowledgements", List.of("- department: " + department.name() + "\n"
                    + "  action: delete\n  reason: " + quoted(reason) + "\n"));
        }
        if (request.write() && !edited.addedYaml().isEmpty()) {
            if (request.reason() == null && !acknowledged) {
                throw new OnboardException(FailureKind.USAGE, "--write needs --reason TEXT: the acknowledgement of "
                        + "the department's removal says why (a ticket, where the data went)");
            }
            write(file, edited.text());
            try {
                request.afterWrite().run();
            } catch (RuntimeException failed) {
                write(file, text);
                throw failed;
            }
        }
        return edited.addedYaml();
    }

    private static void write(Path file, String text) {
        try {
            AtomicFiles.replace(file, text);
        } catch (IOException e) {
            throw new OnboardException(FailureKind.USAGE, "cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** A YAML double-quoted scalar; the reason is one line (validation checks its characters). */
    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
