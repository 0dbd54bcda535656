package dev.connectonboard.confluent;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.connectonboard.errors.FailureKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.connectonboard.confluent.ConfluentFixtures.API_KEY;
import static dev.connectonboard.confluent.ConfluentFixtures.API_SECRET;
import static dev.connectonboard.confluent.ConfluentFixtures.CLUSTER;
import static dev.connectonboard.confluent.ConfluentFixtures.CONNECTORS_PATH;
import static dev.connectonboard.confluent.ConfluentFixtures.ENV;
import static dev.connectonboard.confluent.ConfluentFixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every way reading Confluent Cloud can fail ends in one clear, secret-free message and exit 3. */
class ApiFailureTest {
    private static final String LISTING = "GET " + CONNECTORS_PATH + "?expand=info,status,id";
    private static final String QUOTAS_PATH = "/service-quota/v1/applied-quotas";

    @RegisterExtension
    static final WireMockExtension server = TestClients.loopbackExtension();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final List<String> messagesSeen = new ArrayList<>();
    private ConfluentCloudClient client;

    @BeforeEach
    void open() {
        client = TestClients.client(server.getPort(), sleeper);
    }

    @AfterEach
    void closeAndCheckNoSecretLeaked() {
        client.close();
        for (String message : messagesSeen) {
            assertFalse(message.contains(API_SECRET), "secret leaked: " + message);
            assertFalse(message.contains(API_KEY), "API key leaked: " + message);
        }
    }

    private ConfluentApiException failure(Executable call) {
        ConfluentApiException failure = assertThrows(ConfluentApiException.class, call);
        assertEquals(FailureKind.UNDETERMINED, failure.kind(), "every API failure exits 3");
        messagesSeen.add(failure.getMessage());
        messagesSeen.add(failure.toString());
        return failure;
    }

    private ConfluentApiException listingFails() {
        return failure(() -> client.listConnectors(ENV, CLUSTER));
    }

    private void stubListing(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
        server.stubFor(get(urlPathEqualTo(CONNECTORS_PATH)).willReturn(response));
    }

    @Test
    void missingCredentialsNameBothVariablesAndWhatTheCallerCanDoInstead() {
        ConfluentApiException failure = failure(() -> ClientSettings.fromEnvironment(Map.of(),
                "run `quota check --offline` to check the descriptors alone"));

        assertEquals("Cannot read Confluent Cloud: CONFLUENT_CLOUD_API_KEY and CONFLUENT_CLOUD_API_SECRET are not set."
                + " Export a Cloud API key and its secret in CONFLUENT_CLOUD_API_KEY and CONFLUENT_CLOUD_API_SECRET"
                + " (the variables the Confluent Terraform provider reads), or run `quota check --offline` to check"
                + " the descriptors alone.", failure.getMessage());
    }

    @Test
    void missingCredentialsSuggestNothingWhenTheCallerHasNoAlternative() {
        ConfluentApiException failure = failure(() -> ClientSettings.fromEnvironment(Map.of()));

        assertTrue(failure.getMessage().endsWith("(the variables the Confluent Terraform provider reads)."),
                failure.getMessage());
        assertFalse(failure.getMessage().contains("--offline"), failure.getMessage());
    }

    @Test
    void missingSecretAloneIsNamed() {
        ConfluentApiException failure = failure(() -> ClientSettings.fromEnvironment(
                Map.of(ClientSettings.API_KEY_VARIABLE, API_KEY, ClientSettings.API_SECRET_VARIABLE, " ")));

        assertTrue(failure.getMessage().startsWith("Cannot read Confluent Cloud: CONFLUENT_CLOUD_API_SECRET is not set."));
    }

    @Test
    void unauthorizedInTheStandardShapeSaysToCheckTheCloudKey() {
        server.stubFor(get(urlPathEqualTo(QUOTAS_PATH)).willReturn(aResponse().withStatus(401)
                .withHeader("X-Request-Id", "req-401")
                .withHeader("WWW-Authenticate", "Basic error=\"invalid_key\", error_description=\"The API Key is invalid\"")
                .withBody(fixture("error-401.json"))));

        ConfluentApiException failure = failure(() -> client.appliedQuotas(QuotaScope.ORGANIZATION, Map.of()));

        assertEquals("Confluent Cloud rejected the credentials (HTTP 401) for GET " + QUOTAS_PATH
                + "?scope=organization&page_size=200 while reading the organization quotas: Unauthorized"
                + " [The API Key is invalid]. Check that CONFLUENT_CLOUD_API_KEY and CONFLUENT_CLOUD_API_SECRET hold"
                + " a Cloud API key and its secret (`confluent api-key create --resource cloud`); a Kafka cluster API"
                + " key is rejected by the Confluent Cloud APIs. (X-Request-Id: req-401)", failure.getMessage());
        assertEquals(401, failure.status());
        assertEquals("req-401", failure.requestId());
    }

    @Test
    void unauthorizedInTheConnectShapeSaysToCheckTheCloudKey() {
        stubListing(aResponse().withStatus(401).withBody(fixture("error-401-connect.json")));

        ConfluentApiException failure = listingFails();

        assertTrue(failure.getMessage().startsWith("Confluent Cloud rejected the credentials (HTTP 401) for "
                + LISTING + " while reading the connectors of cluster " + CLUSTER + " in " + ENV
                + ": Unauthorized. Check that CONFLUENT_CLOUD_API_KEY"), failure.getMessage());
        assertEquals(1, server.getAllServeEvents().size(), "401 is not retried");
    }

    @Test
    void forbiddenNamesTheRoleNeeded() {
        stubListing(aResponse().withStatus(403).withBody("{\"error\":{\"code\":403,\"message\":\"Forbidden\"}}"));

        assertEquals("The Cloud API key is not allowed to do this (HTTP 403) for " + LISTING
                + " while reading the connectors of cluster " + CLUSTER + " in " + ENV + ": Forbidden. Give the key's"
                + " owner a role that can read connectors in " + CLUSTER + " (for example CloudClusterAdmin on "
                + CLUSTER + ", or EnvironmentAdmin on " + ENV + ").", listingFails().getMessage());
    }

    @Test
    void notFoundPointsAtThePlatformFileIds() {
        stubListing(aResponse().withStatus(404).withBody(fixture("error-404-connect.json")));

        assertEquals("Confluent Cloud found nothing (HTTP 404) for " + LISTING + " while reading the connectors of"
                + " cluster " + CLUSTER + " in " + ENV + ": resource not found. Check confluent.environmentId ("
                + ENV + ") and confluent.kafkaCluster.id (" + CLUSTER + ") in the platform file, and"
                + " CONFLUENT_CLOUD_API_URL if set.", listingFails().getMessage());
    }

    @Test
    void serverErrorThenSuccessPassesAfterOneBackoff() {
        server.stubFor(get(urlPathEqualTo(CONNECTORS_PATH)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withBody("{\"errors\":[{\"detail\":\"Service Unavailable\"}]}"))
                .willSetStateTo("recovered"));
        server.stubFor(get(urlPathEqualTo(CONNECTORS_PATH)).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(okJson(fixture("connectors-expanded-page.json"))));

        assertEquals(8, client.listConnectors(ENV, CLUSTER).size());

        assertEquals(2, server.getAllServeEvents().size());
        assertEquals(1, sleeper.waits().size());
        Duration wait = sleeper.waits().get(0);
        assertTrue(wait.compareTo(Duration.ofMillis(500)) >= 0 && wait.compareTo(Duration.ofSeconds(1)) <= 0,
                "first backoff is half fixed, half jitter of the 1 s base: " + wait);
    }

    @Test
    void serverErrorsUntilRetriesRunOutSayHowOftenItFailed() {
        stubListing(aResponse().withStatus(503).withHeader("X-Request-Id", "req-503")
                .withBody("{\"errors\":[{\"status\":\"503\",\"detail\":\"Service Unavailable\"}]}"));

        ConfluentApiException failure = listingFails();

        assertEquals("Confluent Cloud failed (HTTP 503) for " + LISTING + " while reading the connectors of cluster "
                + CLUSTER + " in " + ENV + " 4 times in a row: Service Unavailable. The fault is on Confluent's side;"
                + " run again later (see https://status.confluent.cloud). (X-Request-Id: req-503)", failure.getMessage());
        assertEquals(4, server.getAllServeEvents().size(), "1 attempt + 3 retries");
        assertEquals(3, sleeper.waits().size());
        for (int retry = 0; retry < 3; retry++) {
            long stepMillis = 1000L << retry;
            long waited = sleeper.waits().get(retry).toMillis();
            assertTrue(waited >= stepMillis / 2 && waited <= stepMillis, "retry " + retry + " waited " + waited);
        }
    }

    @Test
    void notImplementedIsNotRetried() {
        stubListing(aResponse().withStatus(501).withBody("{\"message\":\"not implemented\"}"));

        assertTrue(listingFails().getMessage().startsWith("Confluent Cloud failed (HTTP 501) for " + LISTING
                + " while reading the connectors of cluster " + CLUSTER + " in " + ENV + ": not implemented."));
        assertEquals(1, server.getAllServeEvents().size());
        assertTrue(sleeper.waits().isEmpty());
    }

    @Test
    void rateLimitHonoursRetryAfterThenPasses() {
        server.stubFor(get(urlPathEqualTo(CONNECTORS_PATH)).inScenario("limited").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")
                        .withHeader("X-RateLimit-Limit", "25").withHeader("X-RateLimit-Remaining", "0")
                        .withHeader("X-RateLimit-Reset", "9").withHeader("X-Request-Id", "req-429")
                        .withBody(fixture("error-429.json")))
                .willSetStateTo("open"));
        server.stubFor(get(urlPathEqualTo(CONNECTORS_PATH)).inScenario("limited").whenScenarioStateIs("open")
                .willReturn(okJson(fixture("connectors-expanded-page.json"))));

        assertEquals(8, client.listConnectors(ENV, CLUSTER).size());

        assertEquals(List.of(Duration.ofSeconds(7)), sleeper.waits(), "Retry-After wins over X-RateLimit-Reset");
    }

    @Test
    void rateLimitWithEmptyBodyFallsBackToRateLimitReset() {
        server.stubFor(get(urlPathEqualTo(CONNECTORS_PATH)).inScenario("limited").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("X-RateLimit-Reset", "4"))
                .willSetStateTo("open"));
        server.stubFor(get(urlPathEqualTo(CONNECTORS_PATH)).inScenario("limited").whenScenarioStateIs("open")
                .willReturn(okJson(fixture("connectors-expanded-page.json"))));

        assertEquals(8, client.listConnectors(ENV, CLUSTER).size());

        assertEquals(List.of(Duration.ofSeconds(4)), sleeper.waits());
    }

    @Test
    void rateLimitWithEmptyBodyThatNeverEndsSaysSo() {
        stubListing(aResponse().withStatus(429).withHeader("Retry-After", "2"));

        assertEquals("Confluent Cloud kept rate-limiting (HTTP 429) " + LISTING + " while reading the connectors of"
                + " cluster " + CLUSTER + " in " + ENV + " after 4 attempts (empty body). Jobs using the same key"
                + " share the limit; run again in a few minutes.", listingFails().getMessage());
        assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2)), sleeper.waits());
    }

    @Test
    void rateLimitAskingForTooLongAWaitStopsAtOnce() {
        stubListing(aResponse().withStatus(429).withHeader("Retry-After", "3600"));

        assertTrue(listingFails().getMessage().startsWith("Confluent Cloud asked to wait 3600 s before retrying"
                + " (HTTP 429) " + LISTING));
        assertTrue(sleeper.waits().isEmpty());
    }

    @Test
    void noAnswerWithinTheReadTimeoutSaysSoAfterRetrying() {
        stubListing(okJson("{}").withFixedDelay(1_500));
        client.close();
        client = new ConfluentCloudClient(TestClients.settings(server.getPort(), sleeper)
                .withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(300)));

        assertEquals("Confluent Cloud did not answer " + LISTING + " within 0.3 s (4 attempts) while reading the"
                + " connectors of cluster " + CLUSTER + " in " + ENV + ". Check that http://127.0.0.1:" + server.getPort()
                + " is reachable from here (proxy, firewall, DNS) and that CONFLUENT_CLOUD_API_URL /"
                + " CONFLUENT_CLOUD_METRICS_URL, if set, point to the right place.", listingFails().getMessage());
    }

    @Test
    void aConnectionDroppedMidAnswerIsRetriedThenReported() {
        stubListing(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        String message = listingFails().getMessage();

        assertTrue(message.startsWith("Could not reach Confluent Cloud at http://127.0.0.1:" + server.getPort() + " for "
                + LISTING + " (4 attempts) while reading the connectors"), message);
    }

    @Test
    void malformedJsonIsNotTrusted() {
        stubListing(okJson("{\"fin-a\": {\"info\": nope}}"));

        String message = listingFails().getMessage();

        assertTrue(message.startsWith("Confluent Cloud answered " + LISTING + " (HTTP 200) with malformed JSON"
                + " (Unrecognized token 'nope'"), message);
        assertTrue(message.endsWith("while reading the connectors of cluster " + CLUSTER + " in " + ENV
                + ". The answer cannot be trusted, so nothing was decided; run again, and report it if it persists."),
                message);
    }

    @Test
    void truncatedJsonIsNotTrusted() {
        String whole = fixture("connectors-expanded-page.json");
        stubListing(okJson(whole.substring(0, whole.length() / 2)));

        assertTrue(listingFails().getMessage().startsWith("Confluent Cloud answered " + LISTING
                + " (HTTP 200) with a truncated JSON document (it stops after " + (whole.length() / 2) + " bytes"));
    }

    @Test
    void anEmptySuccessBodyIsNotTrusted() {
        stubListing(aResponse().withStatus(200));

        assertTrue(listingFails().getMessage().startsWith("Confluent Cloud answered " + LISTING
                + " (HTTP 200) with an empty body where JSON was expected"));
    }

    @Test
    void aListWhereAMapBelongsIsNotTrusted() {
        stubListing(okJson("[\"fin-a\", \"fin-b\"]"));

        assertTrue(listingFails().getMessage().startsWith("Confluent Cloud answered " + LISTING
                + " (HTTP 200) with JSON of an unexpected shape"));
    }

    @Test
    void aNonJsonErrorPageIsQuotedShortly() {
        stubListing(aResponse().withStatus(502).withBody("<html><body><h1>502 Bad Gateway</h1></body></html>"));

        assertTrue(listingFails().getMessage().contains("4 times in a row: (not JSON) <html><body><h1>502 Bad Gateway"));
    }

    @Test
    void secretsEchoedByTheServerAreRedacted() {
        stubListing(aResponse().withStatus(400).withBody("{\"errors\":[{\"detail\":\"bad key " + API_KEY + ":"
                + API_SECRET + "\"}]}"));

        String message = listingFails().getMessage();

        assertTrue(message.contains("bad key [redacted]:[redacted]"), message);
    }

    @Test
    void settingsAndClientNeverShowTheSecret() {
        ClientSettings settings = TestClients.settings(server.getPort(), sleeper);

        for (String text : List.of(settings.toString(), settings.credentials().toString(), client.toString())) {
            assertFalse(text.contains(API_SECRET), text);
            assertFalse(text.contains(API_KEY), text);
        }
    }

    @Test
    void plainHttpToARemoteHostIsRefused() {
        Map<String, String> environment = Map.of(ClientSettings.API_KEY_VARIABLE, API_KEY,
                ClientSettings.API_SECRET_VARIABLE, API_SECRET, ClientSettings.API_URL_VARIABLE, "http://proxy.example.org");

        assertEquals("CONFLUENT_CLOUD_API_URL uses plain http to proxy.example.org; Confluent Cloud credentials are only"
                + " sent over https (plain http is allowed for loopback addresses only).",
                failure(() -> ClientSettings.fromEnvironment(environment)).getMessage());
    }

    @Test
    void environmentOverridesBothBaseUrls() {
        ClientSettings settings = ClientSettings.fromEnvironment(Map.of(ClientSettings.API_KEY_VARIABLE, API_KEY,
                ClientSettings.API_SECRET_VARIABLE, API_SECRET,
                ClientSettings.API_URL_VARIABLE, "https://proxy.example.org/confluent/",
                ClientSettings.METRICS_URL_VARIABLE, "https://metrics.example.org"));

        assertEquals("https://proxy.example.org/confluent/", settings.controlPlaneUrl().toString());
        assertEquals("https://metrics.example.org/", settings.telemetryUrl().toString());
        assertEquals("https://api.confluent.cloud/", ClientSettings.fromEnvironment(Map.of(
                ClientSettings.API_KEY_VARIABLE, API_KEY, ClientSettings.API_SECRET_VARIABLE, API_SECRET))
                .controlPlaneUrl().toString());
    }

}
