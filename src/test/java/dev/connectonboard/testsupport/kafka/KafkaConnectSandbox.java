package dev.connectonboard.testsupport.kafka;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.connect.cli.ConnectDistributed;
import org.apache.kafka.connect.runtime.Connect;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The child process {@link LiveKafkaConnect} starts: one KRaft node (broker and controller) and one distributed
 * Kafka Connect worker, both from Apache Kafka's own classes, configured from the properties files the parent wrote
 * into the folder given as the first argument (the second is the broker's bootstrap address). It prints {@code READY <bootstrap> <rest-url>} when the worker's REST
 * API is up, and stops both when its standard input closes (so it never outlives the test JVM).
 *
 * <p>The basic-auth REST extension reads its JAAS configuration from {@code java.security.auth.login.config}, a
 * JVM-wide setting: one reason this runs as its own process rather than inside the test JVM.
 */
public final class KafkaConnectSandbox {
    private KafkaConnectSandbox() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Properties broker = load(dir.resolve("broker.properties"));
        formatStorage(dir.resolve("broker.properties"));
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(broker, false), Time.SYSTEM);
        server.startup();
        String bootstrap = args[1];
        awaitBroker(bootstrap);

        Map<String, String> worker = new HashMap<>();
        load(dir.resolve("worker.properties")).forEach((k, v) -> worker.put((String) k, (String) v));
        Connect<?> connect = new ConnectDistributed().startConnect(worker);
        System.out.println("READY " + bootstrap + " " + connect.rest().advertisedUrl());
        System.out.flush();

        waitForEndOfInput(System.in);
        connect.stop();
        connect.awaitStop();
        server.shutdown();
        server.awaitShutdown();
        System.exit(0);
    }

    private static void formatStorage(Path config) {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        int exit = StorageTool.execute(new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c",
                config.toString(), "--ignore-formatted"}, quiet);
        if (exit != 0) {
            throw new IllegalStateException("kafka-storage format exited " + exit);
        }
    }

    private static void awaitBroker(String bootstrap) throws Exception {
        Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin client = Admin.create(admin)) {
            client.describeCluster().nodes().get(60, TimeUnit.SECONDS);
        }
    }

    private static void waitForEndOfInput(InputStream in) throws IOException {
        byte[] buffer = new byte[256];
        while (in.read(buffer) >= 0) {
            // the parent never writes; EOF means it closed the pipe or died
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties;
    }
}
