package dev.connectonboard.security;

import dev.connectonboard.cli.CliTestSupport;
import dev.connectonboard.cli.CliTestSupport.CliResult;
import dev.connectonboard.descriptor.FieldPaths;
import dev.connectonboard.descriptor.Inputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The secret corpus: each mutant puts one literal secret somewhere a descriptor takes plain text (a connector
 * setting named like a secret or declared a password by the catalog, a credential inside a value, a topic config).
 * Each is refused with exactly one problem at the mutant's line and field, and the secret appears in no message,
 * report or file: validate, generate and every quota report format all refuse it and write nothing.
 */
class SecretCorpusTest {
    private static final String SECRET = "Zq7-LITERAL-SECRET-41x";
    private static final int MUTANT_LINE = 21;

    @TempDir
    Path dir;

    /** One mutant: the connector class, the config line (key: value) put at line 21, the field path refused. */
    record Mutant(String connectorClass, String key, String value, boolean inTopicConfig) {
        String field() {
            return FieldPaths.fromPointer(FieldPaths.child(inTopicConfig ? "/topics/0/config" : "/connectors/0/config",
                    key));
        }

        @Override
        public String toString() {
            return connectorClass + " " + (inTopicConfig ? "topic " : "") + key + ": " + value;
        }
    }

    static final String GENERIC_SINK = "com.example.connect.GenericSinkConnector";

    static List<Mutant> corpus() {
        List<Mutant> corpus = new ArrayList<>();
        // keys the old heuristic missed, and the usual ones, on a class the catalog does not know
        for (String key : List.of("pwd", "db.pass", "secretKey", "key", "x-api-key", "auth.bearer",
                "gcp.credentials.json", "basic.auth.user.info", "connection.password", "ssl.key.password",
                "sasl.jaas.config", "aws.secret.access.key", "aws.access.key.id", "oauth2.client.secret",
                "client_secret", "accessToken", "DBPassword", "private.key.passphrase", "authorization",
                "session.cookie")) {
            corpus.add(new Mutant(GENERIC_SINK, key, SECRET, false));
        }
        // password settings of catalog classes, including ones no name heuristic would catch
        corpus.add(new Mutant("S3_SINK", "aws.secret.access.key", SECRET, false));
        corpus.add(new Mutant("S3_SINK", "aws.access.key.id", SECRET, false));
        corpus.add(new Mutant("SnowflakeSink", "snowflake.private.key", SECRET, false));
        corpus.add(new Mutant("SnowflakeSink", "snowflake.private.key.passphrase", SECRET, false));
        corpus.add(new Mutant("HttpSinkV2", "https.ssl.keystorefile", SECRET, false));
        corpus.add(new Mutant("HttpSinkV2", "bearer.token", SECRET, false));
        corpus.add(new Mutant("HttpSinkV2", "api1.http.request.sensitive.headers", "Authorization: " + SECRET, false));
        corpus.add(new Mutant("HttpSinkV2", "connection.password", SECRET, false));
        // credentials inside values, every URL form of the issue, and header values
        List<String> values = List.of(
                "https://db.example.org/x?password=" + SECRET,
                "https://api.example.org/v1?api_key=" + SECRET,
                "jdbc:postgresql://db:5432/app?user=u&password=" + SECRET,
                "jdbc:sqlserver://db:1433;user=u;password=" + SECRET,
                "https://" + SECRET + "@api.example.org/v1",
                "redis://:" + SECRET + "@cache.example.org:6379",
                "https://user%3A" + SECRET + "@api.example.org",
                "user:" + SECRET + "@db.example.org:5432",
                "mongodb://admin:" + SECRET + "@mongo.example.org/db",
                "Authorization: Bearer " + SECRET + ".x",
                "Authorization: Basic " + SECRET + "==",
                "Content-Type: application/json|X-Api-Key: " + SECRET);
        for (String value : values) {
            corpus.add(new Mutant(GENERIC_SINK, "connection.url", value, false));
        }
        corpus.add(new Mutant("HttpSinkV2", "api1.http.request.headers", "Authorization: Bearer " + SECRET, false));
        corpus.add(new Mutant("HttpSinkV2", "http.api.base.url", "https://svc:" + SECRET + "@api.example.org", false));
        corpus.add(new Mutant("SnowflakeSink", "snowflake.url.name", "https://u:" + SECRET + "@acme.snowflakecomputing.com",
                false));
        // topic configs: a secret-named key, or a credential in a value
        for (String key : List.of("ssl.key.password", "sasl.jaas.config", "x-api-key", "pwd")) {
            corpus.add(new Mutant(GENERIC_SINK, key, SECRET, true));
        }
        corpus.add(new Mutant(GENERIC_SINK, "note", "https://u:" + SECRET + "@h.example.org", true));
        corpus.add(new Mutant(GENERIC_SINK, "note", "jdbc:sqlserver://h;user=u;password=" + SECRET, true));
        return corpus;
    }

    static Stream<Arguments> mutants() {
        return corpus().stream().map(Arguments::of);
    }

    /** The descriptor with a connector mutant's line at line 21 (a clean setting there when {@code mutant} is null). */
    private static String descriptor(Mutant mutant, String connectorClass) {
        String line21 = mutant == null ? "flush.size: \"1000\"" : mutant.key() + ": \"" + mutant.value() + "\"";
        return Inputs.DEPARTMENT_HEADER
                + "topics:\n"                                   // 9
                + "  - name: fin.a\n"                           // 10
                + "    partitions: 1\n"                         // 11
                + "    config:\n"                               // 12
                + "      cleanup.policy: delete\n"              // 13
                + "connectors:\n"                               // 14
                + "  - name: fin-x-sink\n"                      // 15
                + "    class: " + connectorClass + "\n"         // 16
                + "    tasks: 1\n"                              // 17
                + "    topics: [fin.a]\n"                       // 18
                + "    config:\n"                               // 19
                + "      input.data.format: AVRO\n"             // 20
                + "      " + line21 + "\n";                     // 21
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    /** A topic mutant is moved to line 21 too: as the topic's second config line. */
    private static String withTopicMutantAtLine21(Mutant mutant) {
        String yaml = Inputs.DEPARTMENT_HEADER
                + "connectors:\n"                                // 9
                + "  - name: fin-x-sink\n"                       // 10
                + "    class: " + mutant.connectorClass() + "\n" // 11
                + "    tasks: 1\n"                               // 12
                + "    topics: [fin.a]\n"                        // 13
                + "    config:\n"                                // 14
                + "      input.data.format: AVRO\n"              // 15
                + "      flush.size: \"1000\"\n"                 // 16
                + "topics:\n"                                    // 17
                + "  - name: fin.a\n"                            // 18
                + "    partitions: 1\n"                          // 19
                + "    config:\n"                                // 20
                + "      " + mutant.key() + ": \"" + mutant.value() + "\"\n"; // 21
        return yaml;
    }

    private String mutantDescriptor(Mutant mutant) {
        return mutant.inTopicConfig() ? withTopicMutantAtLine21(mutant) : descriptor(mutant, mutant.connectorClass());
    }

    @Test
    void theCorpusWithoutItsSecretsIsValid() throws IOException {
        for (String connectorClass : List.of(GENERIC_SINK, "HttpSinkV2")) {
            Path file = write(connectorClass + "/finance.yaml", descriptor(null, connectorClass));
            CliResult result = CliTestSupport.run("validate", file);
            assertEquals(0, result.exitCode(), result.toString());
        }
    }

    @ParameterizedTest
    @MethodSource("mutants")
    void eachMutantIsRefusedAtItsLineAndItsSecretIsNeverWritten(Mutant mutant) throws IOException {
        Path file = write("finance.yaml", mutantDescriptor(mutant));
        Path out = dir.resolve("generated");
        Path reports = Files.createDirectories(dir.resolve("reports"));

        CliResult validate = CliTestSupport.run("validate", "--platform", "examples/platform.yaml", file);
        CliResult generate = CliTestSupport.run("generate", "--platform", "examples/platform.yaml", "--out", out, file);
        List<CliResult> quota = new ArrayList<>();
        for (String format : List.of("junit", "markdown")) { // what CI writes and posts
            quota.add(CliTestSupport.run("quota", "check", "--offline", "--platform", "examples/platform.yaml",
                    "--quotas", "examples/quotas.yaml", "--format", format, "--output", reports.resolve(format),
                    file));
        }

        List<String> problems = validate.err().lines().filter(l -> !l.startsWith("error: ")).toList();
        String expectedStart = file + ":" + MUTANT_LINE + ":7: " + mutant.field() + ": ";
        assertEquals(1, problems.size(), validate.toString());
        assertTrue(problems.get(0).startsWith(expectedStart), () -> "expected " + expectedStart + "\n" + validate);
        for (CliResult result : concat(List.of(validate, generate), quota)) {
            assertEquals(1, result.exitCode(), result.toString());
            assertFalse((result.out() + result.err()).contains(SECRET), () -> "secret printed:\n" + result);
        }
        assertFalse(Files.exists(out), "a refused generate writes nothing");
        try (Stream<Path> written = Files.list(reports)) {
            assertEquals(List.of(), written.toList(), "a refused quota check writes no report");
        }
    }

    @Test
    void theCorpusIsAsLargeAsTheReportSays() {
        assertEquals(49, corpus().size());
    }

    private static List<CliResult> concat(List<CliResult> first, List<CliResult> second) {
        List<CliResult> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
