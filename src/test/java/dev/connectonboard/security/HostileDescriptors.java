package dev.connectonboard.security;

import dev.connectonboard.descriptor.Inputs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Descriptors of about 1 MiB (just under the size limit) in every shape that has made a validator slow somewhere:
 * one huge value in each kind of field (the old URL pattern was quadratic in it), thousands of entries, thousands of
 * problems, cross references a "did you mean" compares against thousands of names. Used by the hang guard in
 * {@link HostileInputTest} and by the benchmark, which reports the time of each.
 */
public final class HostileDescriptors {
    /** Just under the 1 MiB limit, leaving room for the header. */
    public static final int TARGET_BYTES = 1024 * 1024 - 2048;

    private HostileDescriptors() {
    }

    /** Every shape by name, as the text of one descriptor file. */
    public static Map<String, String> all() {
        Map<String, String> shapes = new LinkedHashMap<>();
        int big = TARGET_BYTES - 1024;
        shapes.put("one config value of letters (the old URL regex: quadratic)", connectorConfig("note", "a".repeat(big)));
        shapes.put("one config value of 'a:' pairs", connectorConfig("note", "a:".repeat(big / 2)));
        shapes.put("one config value of 'x://' markers", connectorConfig("note", "x://".repeat(big / 4)));
        shapes.put("one config value of 'bearer ' words", connectorConfig("note", "bearer ".repeat(big / 7)));
        shapes.put("one config value of 'k=v&' parameters", connectorConfig("note", "k=v&".repeat(big / 4)));
        shapes.put("one topic config value of '%3a' escapes", topicConfig("note", "%3a".repeat(big / 3)));
        shapes.put("an owner e-mail of 'a.' labels", field("owners: [\"a@" + "a.".repeat(big / 2) + "!\"]"));
        shapes.put("a department name of 1 MiB", Inputs.DEPARTMENT_HEADER.replace("name: finance",
                "name: " + "a".repeat(big)));
        shapes.put("an unknown field name of 1 MiB", Inputs.DEPARTMENT_HEADER + "x" + "a".repeat(big) + ": 1\n");
        shapes.put("a secret id of 1 MiB", connector("    secrets:\n      database.password: { awsSecretsManager: "
                + "{ secretId: \"fin/" + "a".repeat(big) + "\", key: p } }\n"));
        shapes.put("thousands of topics", repeated("topics:\n", i -> "  - { name: fin.t" + i + ", partitions: 1 }\n"));
        shapes.put("thousands of topics outside the prefix (a problem each)",
                repeated("topics:\n", i -> "  - { name: other.t" + i + ", partitions: 1 }\n"));
        shapes.put("thousands of connectors",
                repeated("topics:\n  - { name: fin.a, partitions: 1 }\nconnectors:\n", i -> "  - { name: fin-c" + i
                        + "-sink, class: S3_SINK, topics: [fin.a], config: { s3.bucket.name: fin-b, note: x } }\n"));
        shapes.put("thousands of undeclared topic references (a did-you-mean each)", undeclaredReferences());
        shapes.put("thousands of unknown fields (a suggestion each)",
                repeated("", i -> "unknownField" + i + ": x\n"));
        shapes.put("thousands of DNS domains", repeated("privateLinkEgress:\n  - name: db\n"
                + "    vpcEndpointServiceName: com.amazonaws.vpce.eu-west-1.vpce-svc-0123456789abcdef0\n"
                + "    dnsDomains:\n", i -> "      - d" + i + ".fin.example.org\n"));
        return shapes;
    }

    /** Writes one shape to a file and returns it. */
    public static Path write(Path dir, String text) throws IOException {
        Path file = dir.resolve("finance.yaml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static String field(String owners) {
        return Inputs.DEPARTMENT_HEADER.replace("owners: [finance-data@example.org]", owners);
    }

    private static String connector(String extra) {
        return Inputs.DEPARTMENT_HEADER + "topics:\n  - { name: fin.a, partitions: 1 }\nconnectors:\n"
                + "  - name: fin-x-sink\n    class: com.example.XSink\n    topics: [fin.a]\n" + extra;
    }

    private static String connectorConfig(String key, String value) {
        return connector("    config:\n      " + key + ": \"" + value + "\"\n");
    }

    private static String topicConfig(String key, String value) {
        return Inputs.DEPARTMENT_HEADER + "topics:\n  - name: fin.a\n    partitions: 1\n    config:\n      " + key
                + ": \"" + value + "\"\n";
    }

    private static String repeated(String head, IntFunction<String> item) {
        StringBuilder text = new StringBuilder(Inputs.DEPARTMENT_HEADER).append(head);
        for (int i = 0; text.length() < TARGET_BYTES; i++) {
            text.append(item.apply(i));
        }
        return text.toString();
    }

    /** Half the file declares topics, the other half references topics none declares. */
    private static String undeclaredReferences() {
        StringBuilder text = new StringBuilder(Inputs.DEPARTMENT_HEADER).append("topics:\n");
        for (int i = 0; text.length() < TARGET_BYTES / 2; i++) {
            text.append("  - { name: fin.t").append(i).append(", partitions: 1 }\n");
        }
        text.append("connectors:\n  - name: fin-x-sink\n    class: com.example.XSink\n    topics:\n");
        for (int i = 0; text.length() < TARGET_BYTES; i++) {
            text.append("      - fin.u").append(i).append('\n');
        }
        return text.toString();
    }
}
