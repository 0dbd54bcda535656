package dev.connectonboard.testsupport.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A real Apache Kafka broker (KRaft) and a real distributed Kafka Connect worker for the self-managed tests, started
 * once per test JVM in one child process ({@link KafkaConnectSandbox}) and shared by every test class that asks for
 * it; a shutdown hook stops it. Nothing is installed: the classes come from Maven Central as test dependencies.
 *
 * <p>The worker is set up as connect-onboard's ECS workers are: distributed mode, the basic-auth REST extension
 * (users in a property file, as the workers write it from Secrets Manager), config providers for secrets (Kafka's
 * {@code FileConfigProvider} and {@code DirectoryConfigProvider} stand in for the AWS Secrets Manager one: the same
 * {@code ${provider:path:key}} mechanism), and a broker that does not auto-create topics (Confluent Cloud does not).
 */
public final class LiveKafkaConnect {
    public static final String USER = "connect-onboard";
    public static final String PASSWORD = "s3cret-rest-password";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static LiveKafkaConnect shared;

    private final Path home;
    private final String bootstrap;
    private final String restUrl;
    private final Duration startTime;
    private final Process process;

    private LiveKafkaConnect(Path home, String bootstrap, String restUrl, Duration startTime, Process process) {
        this.home = home;
        this.bootstrap = bootstrap;
        this.restUrl = restUrl;
        this.startTime = startTime;
        this.process = process;
    }

    /** The one broker and worker of this test run, started on first use. */
    public static synchronized LiveKafkaConnect shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    public String bootstrapServers() {
        return bootstrap;
    }

    /** The worker's REST API, e.g. {@code http://127.0.0.1:41234/}; ends with a slash. */
    public String restUrl() {
        return restUrl.endsWith("/") ? restUrl : restUrl + "/";
    }

    /** How long the broker and worker took to start, for the report. */
    public Duration startTime() {
        return startTime;
    }

    /** The properties file {@code ${file:<path>:<key>}} references read (keys: see {@link #SECRETS}). */
    public Path secretsFile() {
        return home.resolve("secrets/connector.properties");
    }

    /** The folder {@code ${directory:<path>:<file>}} references read. */
    public Path secretsDirectory() {
        return home.resolve("secrets/dir");
    }

    /** Secret values the config providers resolve; tests check they never appear where they must not. */
    public static final Map<String, String> SECRETS = Map.of("file.name.suffix", "resolved-from-secret");

    /** A fresh folder the worker can write to (file sink output). */
    public Path newOutputDir(String name) {
        try {
            return Files.createDirectories(home.resolve("out").resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void createTopics(String... names) {
        try (Admin admin = admin()) {
            List<NewTopic> topics = new ArrayList<>();
            for (String name : names) {
                topics.add(new NewTopic(name, 1, (short) 1));
            }
            admin.createTopics(topics).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create topics " + List.of(names), e);
        }
    }

    public void produce(String topic, String... values) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            for (String value : values) {
                producer.send(new ProducerRecord<>(topic, value)).get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot produce to " + topic, e);
        }
    }

    /** Reads a topic from the beginning until {@code count} records arrived or the timeout passed. */
    public List<ConsumerRecord<String, String>> consume(String topic, int count, Duration timeout) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + System.nanoTime());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(topic));
            while (records.size() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }

    public Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    private static LiveKafkaConnect start() {
        long started = System.nanoTime();
        try {
            Path home = Files.createTempDirectory("connect-onboard-kafka");
            int brokerPort = freePort();
            int controllerPort = freePort();
            String bootstrap = "127.0.0.1:" + brokerPort;
            writeConfiguration(home, brokerPort, controllerPort, bootstrap);
            Path log = home.resolve("sandbox.log");
            ProcessBuilder builder = new ProcessBuilder(javaExecutable(), "-Xmx768m", "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1", "-Djava.security.auth.login.config=" + home.resolve("jaas.conf"),
                    "-cp", testClassPath(), KafkaConnectSandbox.class.getName(), home.toString(), bootstrap)
                    .redirectError(log.toFile());
            Process process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process)));
            String ready = awaitReady(process, log);
            String[] parts = ready.split(" ");
            return new LiveKafkaConnect(home, parts[1], parts[2], Duration.ofNanos(System.nanoTime() - started),
                    process);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the Kafka Connect sandbox", e);
        }
    }

    private static String awaitReady(Process process, Path log) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("READY ")) {
                        return line;
                    }
                }
                return null;
            } catch (IOException e) {
                return null;
            }
        });
        try {
            String line = ready.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (line != null) {
                return line;
            }
        } catch (Exception e) {
            // fall through: report with the log
        }
        stop(process);
        throw new IllegalStateException("the Kafka Connect sandbox did not start; its log:\n" + tail(log));
    }

    private static void stop(Process process) {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException | InterruptedException e) {
            process.destroyForcibly();
        }
    }

    private static void writeConfiguration(Path home, int brokerPort, int controllerPort, String bootstrap)
            throws IOException {
        Files.writeString(home.resolve("broker.properties"), String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + brokerPort,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + home.resolve("kraft"),
                "num.partitions=1",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                // Confluent Cloud never auto-creates topics: sources must ask with topic.creation.*
                "auto.create.topics.enable=false",
                ""));
        Path secrets = Files.createDirectories(home.resolve("secrets/dir"));
        Properties fileSecrets = new Properties();
        fileSecrets.putAll(SECRETS);
        try (var writer = Files.newBufferedWriter(home.resolve("secrets/connector.properties"))) {
            fileSecrets.store(writer, null);
        }
        for (Map.Entry<String, String> secret : SECRETS.entrySet()) {
            Files.writeString(secrets.resolve(secret.getKey()), secret.getValue());
        }
        Files.writeString(home.resolve("rest-users.properties"), USER + ": " + PASSWORD + "\n");
        Files.writeString(home.resolve("jaas.conf"), """
                KafkaConnect {
                  org.apache.kafka.connect.rest.basic.auth.extension.PropertyFileLoginModule required
                  file="%s";
                };
                """.formatted(home.resolve("rest-users.properties")));
        Files.writeString(home.resolve("worker.properties"), String.join("\n",
                "bootstrap.servers=" + bootstrap,
                "group.id=connect-onboard-test",
                "config.storage.topic=test.connect-configs",
                "offset.storage.topic=test.connect-offsets",
                "status.storage.topic=test.connect-status",
                "config.storage.replication.factor=1",
                "offset.storage.replication.factor=1",
                "offset.storage.partitions=1",
                "status.storage.replication.factor=1",
                "status.storage.partitions=1",
                "key.converter=org.apache.kafka.connect.storage.StringConverter",
                "value.converter=org.apache.kafka.connect.storage.StringConverter",
                "listeners=http://127.0.0.1:0",
                "rest.advertised.host.name=127.0.0.1",
                "rest.extension.classes=org.apache.kafka.connect.rest.basic.auth.extension.BasicAuthSecurityRestExtension",
                "config.providers=file,directory",
                "config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider",
                "config.providers.file.param.allowed.paths=" + home.resolve("secrets"),
                "config.providers.directory.class=org.apache.kafka.common.config.provider.DirectoryConfigProvider",
                "config.providers.directory.param.allowed.paths=" + home.resolve("secrets"),
                "offset.flush.interval.ms=500",
                "scheduled.rebalance.max.delay.ms=0",
                "plugin.discovery=service_load",
                ""));
    }

    private static String testClassPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
