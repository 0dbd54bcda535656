package dev.connectonboard.cli;

import dev.connectonboard.cli.CliTestSupport.CliResult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.connectonboard.confluent.ClientSettings;
import dev.connectonboard.confluent.RecordingSleeper;
import dev.connectonboard.confluent.TestClients;
import dev.connectonboard.operator.status.StatusCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static dev.connectonboard.confluent.ConfluentFixtures.API_KEY;
import static dev.connectonboard.confluent.ConfluentFixtures.API_SECRET;
import static dev.connectonboard.confluent.ConfluentFixtures.CONNECTORS_PATH;
import static dev.connectonboard.confluent.ConfluentFixtures.fixture;
import static dev.connectonboard.operator.status.StatusCluster.METRICS_PATH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code status} end to end against a WireMock-served Connect and Metrics API holding healthy, failed, degraded,
 * provisioning and paused connectors.
 */
class StatusCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final WireMockExtension server = TestClients.loopbackExtension();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final List<String> everythingPrinted = new ArrayList<>();
    private Map<String, String> environment;

    @TempDir
    Path temp;


    @BeforeEach
    void startCluster() {
        environment = new HashMap<>(StatusCluster.environment(server));
        StatusCluster.stubHealthyApis(server);
    }

    @AfterEach
    void checkNoSecretWasPrinted() {
        for (String printed : everythingPrinted) {
            assertFalse(printed.contains(API_SECRET), "the API secret was printed: " + printed);
            assertFalse(printed.contains(API_KEY), "the API key was printed: " + printed);
        }
    }

    private CliResult status(String... extra) {
        List<String> args = new ArrayList<>(List.of("status", "--platform",
                StatusCluster.resource("platform.yaml").toString(),
                "--descriptors", StatusCluster.resource("departments").toString()));
        args.addAll(List.of(extra));
        CliResult run = CliTestSupport.run(commandLine -> {
            StatusCommand command = commandLine.getSubcommands().get("status").getCommand();
            command.environment = environment;
            command.clients = env -> StatusCluster.client(env, sleeper);
            command.clock = StatusCluster.CLOCK;
        }, args.toArray(String[]::new));
        everythingPrinted.add(run.out());
        everythingPrinted.add(run.err());
        return run;
    }

    private static List<String> lines(String text) {
        return text.lines().toList();
    }

    private static int lineStarting(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no line starts with '" + start + "' in:\n" + String.join("\n", lines));
    }

    @Test
    void showsFailedConnectorFirstWithItsShortenedErrorAndConfluentsSummary() {
        CliResult run = status("--department", "hr");

        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = lines(run.out());
        assertEquals("Department hr (prefix hr-, managed): 2 connectors: 1 failed, 1 running", lines.get(3));
        int failed = lineStarting(lines, "FAILED   hr-workday-snowflake-sink");
        int running = lineStarting(lines, "RUNNING  hr-onboarding-datagen-source");
        assertTrue(failed < running, run.out());
        assertEquals("FAILED   hr-workday-snowflake-sink     0/1 running     0     0    0", lines.get(failed));
        assertEquals("  error:   ConnectException: Failed to open a Snowflake channel for table HR_WORKER_EVENTS",
                lines.get(failed + 1));
        assertEquals("           Caused by: SnowflakeSQLException: JWT token is invalid."
                + " [b1f3c2d4-0e5a-4c61-9a7e-2f8d6c1b9e07]", lines.get(failed + 2));
        assertEquals("  summary: The Snowflake sink connector failed because Snowflake rejected the key-pair (JWT)"
                + " authentication for", lines.get(failed + 3));
        assertEquals("           user KAFKA_CONNECT_HR. The private key configured in snowflake.private.key does not"
                + " match the public", lines.get(failed + 4));
        assertFalse(run.out().contains("\tat "), "stack frames must not reach a department: " + run.out());
        assertFalse(run.out().contains("SessionUtil.java"), run.out());
    }

    @Test
    void flagsLiveConnectorsWithThePrefixThatNoDescriptorDeclares() {
        CliResult run = status("--department", "hr");

        List<String> lines = lines(run.out());
        int undeclared = lineStarting(lines, "RUNNING  hr-onboarding-datagen-source");
        assertEquals("RUNNING  hr-onboarding-datagen-source  1/1 running  3600  3600    0", lines.get(undeclared));
        assertEquals("  note:    not declared in any descriptor: created by hand or with the Confluent CLI; declare it"
                + " or delete it", lines.get(undeclared + 1));
    }

    @Test
    void showsDegradedConnectorsFailedTaskThenProvisioningThenRunning() {
        CliResult run = status("--department", "ops");

        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = lines(run.out());
        int degraded = lineStarting(lines, "DEGRADED      ops-alerts-http-sink");
        int provisioning = lineStarting(lines, "PROVISIONING  ops-metrics-bigquery-sink");
        int running = lineStarting(lines, "RUNNING       ops-legacy-syslog-custom");
        assertTrue(degraded < provisioning && provisioning < running, run.out());
        assertEquals("DEGRADED      ops-alerts-http-sink       2/3 running  5000  4743  257", lines.get(degraded));
        assertEquals("  error:   ConnectException: Exiting WorkerSinkTask due to unrecoverable exception.",
                lines.get(degraded + 1));
        assertEquals("           Caused by: SocketTimeoutException: Read timed out calling"
                + " https://alerts.ops.example.internal/api/v2/events", lines.get(degraded + 2));
        assertEquals("  task 1:  FAILED", lines.get(degraded + 3), "the task's error is the one shown above");
        assertEquals("PROVISIONING  ops-metrics-bigquery-sink  0/0 running     0     0    0", lines.get(provisioning));
    }

    @Test
    void showsMissingBeforePausedBeforeRunningAndAcceptsADeclaredPause() {
        CliResult run = status("--department", "finance");

        List<String> lines = lines(run.out());
        int missing = lineStarting(lines, "MISSING  fin-reporting-snowflake-sink");
        int paused = lineStarting(lines, "PAUSED   fin-fx-rates-http-source");
        int running = lineStarting(lines, "RUNNING  fin-ledger-s3-sink");
        assertTrue(missing < paused && paused < running, run.out());
        String note = String.join(" ", lines.subList(missing + 1, paused)).replaceAll(" +", " ");
        assertEquals(" note: declared in " + StatusCluster.resource("departments").resolve("finance.yaml") + ":19 but"
                + " not in the cluster: not applied yet, or deleted outside Terraform", note);
        assertTrue(lines.get(paused + 1).startsWith("RUNNING"), "a declared pause needs no note: " + run.out());
    }

    @Test
    void explainsThatSelfManagedConnectorsAreNotReportedByConfluentCloud() {
        CliResult run = status("--department", "research");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Self-managed: the declared connectors run on the department's workers on ECS"
                + " Fargate and Confluent Cloud does not report them"), run.out());
        assertTrue(run.out().contains("NOT REPORTED  rsch-papers-s3-sink  -"), run.out());
    }

    @Test
    void queriesEachMetricForTheShownConnectorsOverTheLastHourBeforeTheMetricsDelay() {
        status("--department", "ops");

        server.verify(3, postRequestedFor(urlPathEqualTo(METRICS_PATH))
                .withRequestBody(matchingJsonPath("$.intervals[0]", equalTo(StatusCluster.METRICS_INTERVAL)))
                .withRequestBody(matchingJsonPath("$.granularity", equalTo("ALL")))
                .withRequestBody(containing("lcc-j8d1yu")).withRequestBody(containing("clcc-4rtl9m")));
        server.verify(0, postRequestedFor(urlPathEqualTo(METRICS_PATH)).withRequestBody(containing("lcc-2xw6rj")));
        server.verify(1, getRequestedFor(urlPathEqualTo(CONNECTORS_PATH + "/ops-alerts-http-sink/status")));
        server.verify(0, getRequestedFor(urlPathEqualTo(CONNECTORS_PATH + "/ops-legacy-syslog-custom/status")));
    }

    @Test
    void jsonGivesScriptsEveryConnectorWithHealthTasksErrorsAndRecords() throws IOException {
        CliResult run = status("--department", "ops", "--format", "json");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode report = JSON.readTree(run.out());
        assertEquals("2026-09-14T10:03:27Z", report.path("readAt").asText());
        assertTrue(report.path("metrics").path("available").asBoolean());
        assertEquals("2026-09-14T08:58:00Z", report.path("metrics").path("start").asText());
        JsonNode department = report.path("departments").path(0);
        assertEquals("ops", department.path("name").asText());
        assertEquals(1, department.path("counts").path("DEGRADED").asInt());
        JsonNode degraded = department.path("connectors").path(0);
        assertEquals("ops-alerts-http-sink", degraded.path("name").asText());
        assertEquals("DEGRADED", degraded.path("health").asText());
        assertEquals("lcc-j8d1yu", degraded.path("id").asText());
        assertEquals("FAILED", degraded.path("tasks").path(1).path("state").asText());
        assertEquals("ConnectException: Exiting WorkerSinkTask due to unrecoverable exception.\nCaused by:"
                + " SocketTimeoutException: Read timed out calling https://alerts.ops.example.internal/api/v2/events",
                degraded.path("tasks").path(1).path("message").asText());
        assertEquals(257, degraded.path("records").path("deadLetterQueue").asLong());
        JsonNode provisioning = department.path("connectors").path(1);
        assertEquals("PROVISIONING", provisioning.path("health").asText());
        assertTrue(provisioning.path("records").isObject(), "connectors without points count zero: " + provisioning);
        assertEquals(0, provisioning.path("records").path("in").asLong());
        assertEquals(List.of(), JSON.convertValue(report.path("unowned"), List.class));
    }

    @Test
    void metricsTheKeyMayNotReadDegradeToAReasonInsteadOfFailingTheStatus() {
        server.stubFor(post(urlPathEqualTo(METRICS_PATH)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"errors\":[{\"status\":\"403\",\"detail\":\"Forbidden Access\"}]}")));

        CliResult run = status("--department", "hr");

        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = lines(run.out());
        assertEquals("metrics unavailable: The Cloud API key is not allowed to do this (HTTP 403) for POST "
                + METRICS_PATH + " while reading metric io.confluent.kafka.connect/received_records of 2 connector(s):"
                + " Forbidden Access. Give the key's owner MetricsViewer on the organization, environment or cluster.",
                lines.get(1));
        assertEquals("FAILED   hr-workday-snowflake-sink     0/1 running   -    -    -",
                lines.get(lineStarting(lines, "FAILED")));
    }

    @Test
    void connectApiRejectingTheKeyExitsThreeAndPrintsNoTable() {
        server.stubFor(get(urlPathEqualTo(CONNECTORS_PATH)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody(fixture("error-401-connect.json"))));

        CliResult run = status("--department", "hr");

        assertEquals(3, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("error: Confluent Cloud rejected the credentials (HTTP 401) for GET "
                + CONNECTORS_PATH), run.err());
    }

    @Test
    void connectApiFailingAfterRetriesExitsThree() {
        server.stubFor(get(urlPathEqualTo(CONNECTORS_PATH)).willReturn(aResponse().withStatus(503)));

        CliResult run = status("--all");

        assertEquals(3, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains("Confluent Cloud failed (HTTP 503)") && run.err().contains("3 times in a row"),
                run.err());
        assertEquals(2, sleeper.waits().size());
    }

    @Test
    void aFailedDetailedStatusReadExitsThreeRatherThanShowingATableWithoutTheError() {
        server.stubFor(get(urlPathEqualTo(CONNECTORS_PATH + "/hr-workday-snowflake-sink/status"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        CliResult run = status("--department", "hr");

        assertEquals(3, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains("while reading the status of connector hr-workday-snowflake-sink"), run.err());
    }

    @Test
    void aMalformedListingExitsThree() {
        server.stubFor(get(urlPathEqualTo(CONNECTORS_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"hr-workday-snowflake-sink\": {\"id\":")));

        CliResult run = status("--department", "hr");

        assertEquals(3, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains("truncated JSON document"), run.err());
    }

    @Test
    void withoutCredentialsExitsThreeAndSaysWhichVariablesToSet() {
        environment.remove(ClientSettings.API_SECRET_VARIABLE);

        CliResult run = status("--department", "hr");

        assertEquals(3, run.exitCode());
        assertTrue(run.err().contains("CONFLUENT_CLOUD_API_SECRET is not set"), run.err());
    }

    @Test
    void anUnknownDepartmentIsAUsageErrorWithASuggestion() {
        CliResult run = status("--department", "opps");

        assertEquals(2, run.exitCode());
        assertEquals("error: no descriptor declares department 'opps'; did you mean 'ops'?; known departments:"
                + " finance, hr, ops, research\n", run.err());
    }

    @Test
    void needsEitherADepartmentOrAll() {
        CliResult neither = status();
        CliResult both = status("--all", "--department", "hr");

        assertEquals(2, neither.exitCode());
        assertTrue(neither.err().startsWith("error: Missing required argument (specify one of these): "
                + "(--department=NAME | --all)\n"), neither.err());
        assertEquals(2, both.exitCode());
        assertTrue(both.err().startsWith("error: --department=NAME, --all are mutually exclusive (specify only "
                + "one)\n"), both.err());
    }

    @Test
    void allShowsEveryDepartmentAndConnectorsNoPrefixOwns() {
        StatusCluster.stubListing(server, StatusCluster.listingWith("legacy-ftp-sink", "RUNNING", ""));

        CliResult run = status("--all");

        assertEquals(0, run.exitCode(), run.err());
        for (String department : List.of("finance", "hr", "ops", "research")) {
            assertTrue(run.out().contains("Department " + department + " (prefix"), run.out());
        }
        assertTrue(run.out().contains("Connectors no department's prefix owns: 1 connector: 1 running"), run.out());
        assertTrue(run.out().endsWith("4 departments, 11 connectors: 1 failed, 1 degraded, 1 missing,"
                + " 1 provisioning, 1 paused, 5 running, 1 not reported\n"), run.out());
    }

    @Test
    void writesTheHtmlPageWithEscapedNamesAndTracesAndNothingExternal() throws IOException {
        String hostileName = "ops-<script>alert('x')</script>&\"q\"";
        StatusCluster.stubListing(server, StatusCluster.listingWith(hostileName, "FAILED",
                "java.lang.IllegalStateException: value <b>bold</b> & 'single' \"double\"\n\tat a.b.C.d(C.java:1)"));
        server.stubFor(get(urlPathMatching(CONNECTORS_PATH + "/ops-.*script.*/status"))
                .willReturn(okJson("{\"name\":\"x\",\"connector\":{\"state\":\"FAILED\",\"worker_id\":\"x\"},"
                        + "\"tasks\":[],\"type\":\"sink\"}")));
        Path page = Files.createDirectories(temp.resolve("site")).resolve("status.html");

        CliResult run = status("--all", "--html", page.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("status page written to " + page + "\n", run.err());
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertTrue(html.contains("ops-&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;&quot;q&quot;"), html);
        assertTrue(html.contains("IllegalStateException: value &lt;b&gt;bold&lt;/b&gt; &amp; &#39;single&#39;"
                + " &quot;double&quot;"), html);
        assertFalse(html.contains("<script"), "no script may reach the page");
        assertFalse(html.contains("<b>"), "no markup from a trace may reach the page");
        for (String external : List.of(" src=", "<link", "@import", "url(", "href=\"http", "@font-face")) {
            assertFalse(html.contains(external), "the page must be self-contained, found " + external);
        }
        int failed = html.indexOf("hr-workday-snowflake-sink");
        int running = html.indexOf("hr-onboarding-datagen-source");
        assertTrue(failed > 0 && failed < running, "failed connectors come first");
    }
}
