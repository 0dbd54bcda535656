package dev.connectonboard.descriptor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The secret heuristic: what it catches (the issue's mutants) and what it leaves alone (real settings). */
class SecretShapesTest {

    @ParameterizedTest
    @ValueSource(strings = {"pwd", "db.pass", "secretKey", "key", "x-api-key", "auth.bearer", "gcp.credentials.json",
            "basic.auth.user.info", "ssl.key.password", "connection.password", "aws.secret.access.key",
            "aws.access.key.id", "sasl.jaas.config", "snowflake.private.key", "apiKey", "API_KEY", "DBPassword",
            "client_secret", "oauth.token", "accessToken", "x-auth-token", "session.cookie", "authorization",
            "private.key.passphrase", "trust.store.password", "creds"})
    void keysNamedLikeSecretsAreCaught(String key) {
        assertTrue(SecretShapes.keyLooksSecret(key), key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"database.hostname", "database.user", "snowflake.user.name", "snowflake.topic2table.map",
            "input.key.format", "output.key.format", "key.converter", "s3.bucket.name", "topic.prefix",
            "table.include.list", "oauth2.token.url", "oauth2.token.property", "oauth2.client.id", "password.file",
            "secret.name", "keystore.location", "message.key.columns", "store.kafka.keys", "flush.size",
            "time.interval", "kms.key.id", "tokenizer.type", "passthrough.enabled", "cleanup.policy",
            "retention.ms", "api1.http.request.headers"})
    void ordinarySettingsAreLeftAlone(String key) {
        assertFalse(SecretShapes.keyLooksSecret(key), key);
    }

    @Test
    void keysSplitIntoWordsAtSeparatorsAndCamelCase() {
        assertArrayEquals(new String[] {"secret", "key"}, SecretShapes.words("secretKey"));
        assertArrayEquals(new String[] {"basic", "auth", "user", "info"}, SecretShapes.words("basic.auth.user.info"));
        assertArrayEquals(new String[] {"x", "api", "key"}, SecretShapes.words("x-api-key"));
        assertArrayEquals(new String[] {"dbpassword"}, SecretShapes.words("DBPassword"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://db.example.org/x?password=hunter2",
            "https://api.example.org/v1?api_key=hunter2",
            "jdbc:postgresql://db:5432/app?user=u&password=hunter2",
            "jdbc:sqlserver://db:1433;user=u;password=hunter2",
            "https://hunter2@api.example.org/v1",
            "redis://:hunter2@cache.example.org:6379",
            "https://user%3Ahunter2@api.example.org",
            "user:hunter2@db.example.org:5432",
            "user%3Ahunter2@db.example.org",
            "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.hunter2",
            "Authorization: Basic dXNlcjpodW50ZXIy",
            "Content-Type: application/json|X-Api-Key: hunter2secret",
            "Accept: */*, Cookie: session=hunter2",
            "mongodb://admin:hunter2@mongo.example.org/db",
            "Server=db;Database=app;Pwd=hunter2;",
            "https://sa.blob.core.windows.net/c?sv=2020&sig=hunter2",
            "https://maps.example.org/api?key=hunter2"})
    void credentialsInValuesAreCaught(String value) {
        assertTrue(SecretShapes.credentialIn(value).isPresent(), value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"payments-db.fin.internal.example.org", "https://acme.eu-west-1.snowflakecomputing.com:443",
            "fin.reporting.daily:DAILY_${topic}", "public.payments,public.refunds", "finance-data@example.org",
            "git@github.com:acme/repo.git", "Content-Type: application/json", "Basic authentication is off",
            "https://api.example.org/v1?limit=10&offset=20", "jdbc:postgresql://db:5432/app?sslmode=require",
            "s3://bucket/path@2024", "io.confluent.connect.s3.format.json.JsonFormat", "AVRO", "5432",
            "password=", "https://example.org/#@fragment"})
    void ordinaryValuesAreLeftAlone(String value) {
        assertEquals(java.util.Optional.empty(), SecretShapes.credentialIn(value), value);
    }

    @Test
    void redactionHidesEveryUserPartAndKeepsTheRest() {
        assertEquals("https://***@lkc-1.example.org:443 and redis://***@cache:6379/0",
                SecretShapes.redactUserinfo("https://admin:pw@lkc-1.example.org:443 and redis://:x@cache:6379/0"));
        assertEquals("https://lkc-1.example.org/a@b", SecretShapes.redactUserinfo("https://lkc-1.example.org/a@b"));
        assertEquals("no url here", SecretShapes.redactUserinfo("no url here"));
    }

    /**
     * A hang guard, not a timing: each check is one pass, so these megabyte values cost milliseconds; the old
     * backtracking pattern needed 45 s for 50,000 characters and never finished a megabyte.
     */
    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void megabyteValuesOfEveryAdversarialShapeFinish() {
        int size = 1 << 20;
        String[] shapes = {
                "a://".repeat(size / 4), "a".repeat(size), ":".repeat(size), "a:".repeat(size / 2),
                "bearer ".repeat(size / 7), "basic " + " ".repeat(size), "x=".repeat(size / 2),
                "a|".repeat(size / 2), "https://" + "a".repeat(size) + "@", "%3a".repeat(size / 3),
                "a:b".repeat(size / 3) + "@"};
        for (String value : shapes) {
            SecretShapes.credentialIn(value);
            SecretShapes.redactUserinfo(value);
            SecretShapes.keyLooksSecret(value);
        }
    }
}
