package dev.connectonboard.operator.adopt;

import dev.connectonboard.confluent.ConnectorDefinition;
import dev.connectonboard.confluent.KafkaTopic;
import dev.connectonboard.descriptor.Loaded;
import dev.connectonboard.descriptor.SourceTopics;
import dev.connectonboard.descriptor.catalog.ConnectorCatalog;
import dev.connectonboard.descriptor.model.AwsSecretRef;
import dev.connectonboard.descriptor.model.ConnectRuntime;
import dev.connectonboard.descriptor.model.Connector;
import dev.connectonboard.descriptor.model.ConnectorDirection;
import dev.connectonboard.descriptor.model.DepartmentOnboarding;
import dev.connectonboard.descriptor.model.ErrorHandling;
import dev.connectonboard.descriptor.model.ErrorTolerance;
import dev.connectonboard.descriptor.model.Platform;
import dev.connectonboard.descriptor.model.SecretRef;
import dev.connectonboard.descriptor.model.Topic;
import dev.connectonboard.errors.FailureKind;
import dev.connectonboard.errors.OnboardException;
import dev.connectonboard.generate.Naming;
import dev.connectonboard.generate.SelfManagedDefaults;
import dev.connectonboard.operator.AtomicFiles;
import dev.connectonboard.operator.init.DepartmentInit;
import dev.connectonboard.operator.init.NewDepartment;
import dev.connectonboard.operator.lifecycle.DescriptorText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings what already runs under a department's prefix under GitOps: the live connectors named {@code <prefix>-…}
 * that no descriptor declares (what {@code quota check} calls live-only) and the department's undeclared topics
 * become descriptor entries, listed under {@code adopted:} so the generated root imports them. A masked secret
 * becomes a Secrets Manager reference marked {@code placeholder: true}, which {@code validate} refuses until the value
 * is stored. Nothing here prints or exits.
 */
public final class Adopter {
    private static final Pattern SECRET_REFERENCE = Pattern.compile("\\$\\{secretsmanager:([^:}]+):([^:}]+)}");
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Pattern PLAIN_SCALAR = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*");
    private static final long HOUR_MS = 3_600_000L;

    /** Where the live state comes from: Confluent Cloud, or the department's workers. */
    public interface LiveSource {
        /** Every connector the runtime has (the adopter picks the department's). */
        List<ConnectorDefinition> connectors(Platform platform, DepartmentOnboarding department);

        /** Every topic of the platform's cluster. */
        List<KafkaTopic> topics(Platform platform);
    }

    /**
     * @param departments every descriptor (a connector another descriptor declares is not adopted)
     * @param department  the department to adopt into
     * @param prefix      for a department without a descriptor: the prefix to adopt what runs under
     * @param owner       for a new descriptor: its owner (null writes init's placeholder)
     * @param descriptors for a new descriptor: the folder it goes in
     */
    public record Request(Loaded<Platform> platform, List<Loaded<DepartmentOnboarding>> departments, String department,
                          String prefix, String owner, Path descriptors, boolean write) {
        public Request {
            departments = List.copyOf(departments);
        }
    }

    /**
     * @param yaml       what is added to the descriptor (or, for a new one, the whole file)
     * @param placeholders secret references still to be stored, as {@code secretId (key)}
     * @param notes      what a person should look at (a sink topic of another department, an IAM role to set)
     */
    public record Result(String department, Path descriptor, boolean newDescriptor, List<String> connectors,
                         List<String> topics, List<String> placeholders, List<String> notes, String yaml,
                         boolean written) {
    }

    private final LiveSource live;

    public Adopter(LiveSource live) {
        this.live = Objects.requireNonNull(live, "live");
    }

    public Result run(Request request) {
        Platform platform = request.platform().value();
        Loaded<DepartmentOnboarding> existing = request.departments().stream()
                .filter(d -> d.value().name().equals(request.department())).findFirst().orElse(null);
        if (existing != null && request.prefix() != null && !request.prefix().equals(existing.value().prefix())) {
            throw new OnboardException(FailureKind.USAGE, "department " + request.department() + " has prefix '"
                    + existing.value().prefix() + "' in " + existing.file() + "; drop --prefix " + request.prefix());
        }
        if (existing == null && request.prefix() == null) {
            throw new OnboardException(FailureKind.USAGE, "no descriptor declares department " + request.department()
                    + "; to start one from what runs under a prefix, pass --prefix P");
        }
        DepartmentOnboarding department = existing != null ? existing.value() : stub(request);
        String prefix = department.prefix();
        boolean selfManaged = department.connect().runtime() == ConnectRuntime.SELF_MANAGED;

        Set<String> declaredConnectors = new HashSet<>();
        Set<String> declaredTopics = new HashSet<>();
        for (Loaded<DepartmentOnboarding> each : request.departments()) {
            each.value().connectors().forEach(c -> declaredConnectors.add(c.name()));
            each.value().topics().forEach(t -> declaredTopics.add(t.name()));
            each.value().connectors().stream().filter(c -> c.errors().deadLetterQueue())
                    .forEach(c -> declaredTopics.add(Naming.deadLetterQueueTopic(each.value(), c)));
        }
        List<String> createScopes = new ArrayList<>();
        department.connectors().forEach(c -> {
            String scope = Naming.createsTopicsUnder(department, c);
            if (scope != null) {
                createScopes.add(scope);
            }
        });

        List<ConnectorDefinition> connectors = live.connectors(platform, department).stream()
                .filter(c -> c.name().startsWith(prefix + "-") && !declaredConnectors.contains(c.name()))
                .sorted(java.util.Comparator.comparing(ConnectorDefinition::name)).toList();
        Map<String, KafkaTopic> liveTopics = new TreeMap<>();
        live.topics(platform).forEach(t -> liveTopics.put(t.name(), t));

        List<String> notes = new ArrayList<>();
        List<String> placeholders = new ArrayList<>();
        List<String> connectorItems = new ArrayList<>();
        List<String> adoptedItems = new ArrayList<>();
        List<String> adoptedConnectors = new ArrayList<>();
        Set<String> adoptedTopics = new java.util.LinkedHashSet<>();
        Set<String> wantedTopics = new java.util.LinkedHashSet<>();
        for (ConnectorDefinition definition : connectors) {
            Entry entry = selfManaged ? selfManagedEntry(platform, department, definition, notes)
                    : managedEntry(department, definition, notes);
            connectorItems.add(entry.yaml(placeholders));
            adoptedConnectors.add(definition.name());
            adoptedItems.add("- connector: " + definition.name() + "\n");
            if (entry.createScope() != null) {
                createScopes.add(entry.createScope());
            }
            wantedTopics.addAll(entry.topics());
            if (entry.deadLetterQueue() != null && liveTopics.containsKey(entry.deadLetterQueue())) {
                adoptedTopics.add(entry.deadLetterQueue());
                declaredTopics.add(entry.deadLetterQueue());
            }
        }
        List<String> topicItems = new ArrayList<>();
        for (KafkaTopic topic : liveTopics.values()) {
            String name = topic.name();
            boolean ours = name.startsWith(prefix + ".") || name.startsWith(prefix + "-");
            boolean generated = name.startsWith(prefix + ".connect-") || name.startsWith(prefix + ".schema-history.");
            boolean created = createScopes.stream().anyMatch(name::startsWith);
            if (ours && !generated && !created && !declaredTopics.contains(name)) {
                topicItems.add(topicYaml(topic));
                adoptedTopics.add(name);
                wantedTopics.remove(name);
            }
        }
        for (String wanted : wantedTopics) {
            if (!declaredTopics.contains(wanted) && !liveTopics.containsKey(wanted)) {
                notes.add("topic " + wanted + " is written or read by an adopted connector but does not exist: it is "
                        + "declared with 6 partitions, so the first apply creates it");
                topicItems.add("- { name: " + wanted + ", partitions: 6 }\n");
            }
        }
        adoptedTopics.forEach(t -> adoptedItems.add("- topic: " + t + "\n"));

        Path file;
        String text;
        boolean isNew = existing == null;
        if (isNew) {
            NewDepartment fresh = new NewDepartment(request.department(), prefix, ConnectRuntime.MANAGED,
                    request.owner(), request.descriptors(), null);
            file = fresh.target();
            text = DepartmentInit.in(request.descriptors()).scaffold(fresh);
        } else {
            file = existing.file();
            try {
                text = Files.readString(file);
            } catch (IOException e) {
                throw new OnboardException(FailureKind.USAGE, "cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        DescriptorText edited = new DescriptorText(text).appendToList("topics", topicItems)
                .appendToList("connectors", connectorItems).appendToList("adopted", adoptedItems);
        boolean changed = !topicItems.isEmpty() || !connectorItems.isEmpty();
        if (request.write() && changed) {
            try {
                if (isNew) {
                    AtomicFiles.createNew(file, edited.text());
                } else {
                    AtomicFiles.replace(file, edited.text());
                }
            } catch (IOException e) {
                throw new OnboardException(FailureKind.USAGE, "cannot write " + file + ": " + e.getMessage(), e);
            }
        }
        return new Result(request.department(), file, isNew, adoptedConnectors, List.copyOf(adoptedTopics),
                placeholders, notes, isNew ? edited.text() : edited.addedYaml(), request.write() && changed);
    }

    private static DepartmentOnboarding stub(Request request) {
        return new DepartmentOnboarding("connect-onboard/v1", "DepartmentOnboarding",
                new dev.connectonboard.descriptor.model.Department(request.department(), request.prefix(),
                        List.of(), null),
                new dev.connectonboard.descriptor.model.ConnectSettings(ConnectRuntime.MANAGED, null),
                null, null, null, null, null, null, null);
    }

    /** One connector's descriptor entry. */
    private record Entry(String name, String connectorClass, int tasks, boolean paused, List<String> topics,
                         boolean createsTopics, String createScope, Map<String, String> config,
                         Map<String, SecretRef> secrets, ErrorTolerance tolerance, String deadLetterQueue,
                         List<String> comments) {

        String yaml(List<String> placeholders) {
            StringBuilder out = new StringBuilder("- name: ").append(name).append('\n');
            for (String comment : comments) {
                out.append("  # ").append(comment).append('\n');
            }
            out.append("  class: ").append(scalar(connectorClass)).append('\n');
            out.append("  tasks: ").append(tasks).append('\n');
            if (paused) {
                out.append("  state: paused\n");
            }
            if (!topics.isEmpty()) {
                out.append("  topics: [").append(String.join(", ", topics.stream().map(Adopter::scalar).toList()))
                        .append("]\n");
            }
            if (createsTopics) {
                out.append("  createsTopics: true\n");
            }
            if (!config.isEmpty()) {
                out.append("  config:\n");
                config.forEach((key, value) -> out.append("    ").append(key(key)).append(": ").append(quoted(value))
                        .append('\n'));
            }
            if (!secrets.isEmpty()) {
                out.append("  secrets:\n");
                secrets.forEach((key, ref) -> {
                    AwsSecretRef aws = ref.awsSecretsManager();
                    if (ref.isPlaceholder()) {
                        placeholders.add(aws.secretId() + " (" + aws.key() + ")");
                        out.append("    # TODO store the value in Secrets Manager at ").append(aws.secretId())
                                .append(" (JSON key ").append(aws.key()).append(") first, then delete placeholder: true\n");
                    }
                    out.append("    ").append(key(key)).append(": { awsSecretsManager: { secretId: ")
                            .append(scalar(aws.secretId())).append(", key: ").append(scalar(aws.key())).append(" }")
                            .append(ref.isPlaceholder() ? ", placeholder: true" : "").append(" }\n");
                });
            }
            if (tolerance == ErrorTolerance.ALL || deadLetterQueue != null) {
                out.append("  errors: { tolerance: ").append(tolerance == ErrorTolerance.ALL ? "all" : "none")
                        .append(deadLetterQueue != null ? ", deadLetterQueue: true" : "").append(" }\n");
            }
            return out.toString();
        }
    }

    private static Entry managedEntry(DepartmentOnboarding department, ConnectorDefinition live, List<String> notes) {
        Map<String, String> config = new TreeMap<>(live.config());
        Map<String, SecretRef> secrets = new TreeMap<>();
        for (String masked : live.maskedKeys()) {
            if (!ServerKeys.dropped(masked)) {
                secrets.put(masked, placeholder(department, live.name(), masked));
            }
        }
        List<String> comments = new ArrayList<>();
        if (config.containsKey("provider.integration.id")) {
            comments.add("TODO it authenticates with provider integration " + config.get("provider.integration.id")
                    + ": declare its IAM role under iamRoles and set iamRole");
            notes.add("connector " + live.name() + " uses provider integration " + config.get("provider.integration.id")
                    + ": set its iamRole");
        }
        return entry(department, live, config, secrets, comments, live.config().get("connector.class"), notes);
    }

    private static Entry selfManagedEntry(Platform platform, DepartmentOnboarding department, ConnectorDefinition live,
                                          List<String> notes) {
        Map<String, String> config = new TreeMap<>(live.config());
        Map<String, SecretRef> secrets = new TreeMap<>();
        String javaClass = config.get("connector.class");
        String descriptorClass = ConnectorCatalog.shared().selfManaged(javaClass)
                .map(c -> c.managedId()).orElse(javaClass);
        for (Map.Entry<String, String> value : live.config().entrySet()) {
            Matcher reference = SECRET_REFERENCE.matcher(value.getValue());
            if (reference.matches() && !value.getKey().startsWith("schema.history.internal.")) {
                secrets.put(value.getKey(), new SecretRef(new AwsSecretRef(reference.group(1), reference.group(2)),
                        null));
                config.remove(value.getKey());
            }
        }
        for (String masked : live.maskedKeys()) {
            secrets.put(masked, placeholder(department, live.name(), masked));
        }
        config.keySet().removeIf(key -> key.startsWith("schema.history.internal.")
                || key.startsWith("s3.credentials.provider.") || key.startsWith("errors.log.")
                || key.startsWith("errors.deadletterqueue."));
        Entry raw = entry(department, live, config, secrets, new ArrayList<>(), descriptorClass, notes);
        // what generation adds by itself needs no line in the descriptor
        Connector bare = new Connector(raw.name(), descriptorClass, null, raw.tasks(), null, raw.topics(),
                raw.createsTopics(), null, null, Map.of(), raw.secrets(),
                new ErrorHandling(raw.tolerance(), raw.deadLetterQueue() != null));
        Map<String, String> defaults = SelfManagedDefaults.config(platform, department, bare);
        Map<String, String> own = new TreeMap<>(raw.config());
        own.entrySet().removeIf(e -> e.getValue().equals(defaults.get(e.getKey())));
        return new Entry(raw.name(), raw.connectorClass(), raw.tasks(), raw.paused(), raw.topics(), raw.createsTopics(),
                raw.createScope(), own, raw.secrets(), raw.tolerance(), raw.deadLetterQueue(), raw.comments());
    }

    private static Entry entry(DepartmentOnboarding department, ConnectorDefinition live, Map<String, String> config,
                               Map<String, SecretRef> secrets, List<String> comments, String connectorClass,
                               List<String> notes) {
        int tasks = 1;
        try {
            tasks = Integer.parseInt(live.config().getOrDefault("tasks.max", "1").trim());
        } catch (NumberFormatException notANumber) {
            notes.add("connector " + live.name() + " has tasks.max '" + live.config().get("tasks.max") + "': 1 written");
        }
        ErrorTolerance tolerance = "all".equals(live.config().get("errors.tolerance")) ? ErrorTolerance.ALL
                : ErrorTolerance.NONE;
        String expectedDlq = department.prefix() + ".dlq." + live.name();
        String dlq = expectedDlq.equals(live.config().get("errors.deadletterqueue.topic.name")) ? expectedDlq : null;
        config.keySet().removeIf(ServerKeys::dropped);
        Connector candidate = new Connector(live.name(), connectorClass, null, tasks, null, List.of(), false, null,
                null, live.config(), Map.of(), null);
        List<String> topics = new ArrayList<>();
        boolean createsTopics = false;
        String createScope = null;
        if (candidate.effectiveDirection() == ConnectorDirection.SINK) {
            String listed = live.config().getOrDefault("topics", "");
            for (String topic : listed.split(",")) {
                if (!topic.isBlank()) {
                    topics.add(topic.trim());
                }
            }
        } else {
            SourceTopics.Derived derived = SourceTopics.of(candidate).orElse(null);
            if (derived != null && derived.known()) {
                topics.addAll(derived.topics());
            } else if (derived != null && derived.createScope() != null) {
                createsTopics = true;
                createScope = derived.createScope();
            }
        }
        for (String topic : topics) {
            if (!topic.startsWith(department.prefix() + ".") && !topic.startsWith(department.prefix() + "-")) {
                notes.add("connector " + live.name() + " uses topic " + topic + ", outside prefix " + department.prefix()
                        + ": validate refuses it until the connector reads only the department's topics");
            }
        }
        return new Entry(live.name(), connectorClass, tasks, "PAUSED".equals(live.state()), topics, createsTopics,
                createScope, config, secrets, tolerance, dlq, comments);
    }

    private static SecretRef placeholder(DepartmentOnboarding department, String connector, String key) {
        return new SecretRef(new AwsSecretRef(department.prefix() + "/" + connector, key), true);
    }

    private static String topicYaml(KafkaTopic topic) {
        Map<String, String> config = new TreeMap<>(topic.configs());
        StringBuilder out = new StringBuilder("- name: ").append(scalar(topic.name())).append('\n')
                .append("  partitions: ").append(topic.partitions()).append('\n');
        String retention = config.get("retention.ms");
        if (retention != null) {
            try {
                long ms = Long.parseLong(retention);
                if (ms == -1 || (ms > 0 && ms % HOUR_MS == 0)) {
                    out.append("  retentionHours: ").append(ms == -1 ? -1 : ms / HOUR_MS).append('\n');
                    config.remove("retention.ms");
                }
            } catch (NumberFormatException notANumber) {
                // kept as a config string
            }
        }
        if (!config.isEmpty()) {
            out.append("  config:\n");
            config.forEach((key, value) -> out.append("    ").append(key(key)).append(": ").append(quoted(value))
                    .append('\n'));
        }
        return out.toString();
    }

    private static String key(String key) {
        return PLAIN_KEY.matcher(key).matches() ? key : quoted(key);
    }

    /** A name as a plain scalar when YAML reads it back as that string, else quoted. */
    static String scalar(String text) {
        return PLAIN_SCALAR.matcher(text).matches() && !text.matches("[0-9.eE+-]+|true|false|null|yes|no|on|off|~")
                ? text : quoted(text);
    }

    /** A YAML double-quoted scalar that reads back exactly as {@code text}. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

}
