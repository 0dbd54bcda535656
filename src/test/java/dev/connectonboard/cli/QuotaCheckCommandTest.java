package dev.connectonboard.cli;

import dev.connectonboard.cli.CliTestSupport.CliResult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.connectonboard.confluent.ClientSettings;
import dev.connectonboard.confluent.ConfluentCloudClient;
import dev.connectonboard.confluent.RecordingSleeper;
import dev.connectonboard.confluent.RetryPolicy;
import dev.connectonboard.confluent.TestClients;
import dev.connectonboard.quota.report.ReportFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.connectonboard.confluent.ConfluentFixtures.API_KEY;
import static dev.connectonboard.confluent.ConfluentFixtures.API_SECRET;
import static dev.connectonboard.confluent.ConfluentFixtures.CONNECTORS_PATH;
import static dev.connectonboard.confluent.ConfluentFixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code quota check} end to end: the shipped-style descriptors against a WireMock-served Confluent Cloud holding
 * the fixture cluster (fin x3, hr x2, ops x3 connectors), in every report format.
 */
class QuotaCheckCommandTest {
    private static final String QUOTAS = "/service-quota/v1/applied-quotas";
    private static final String ACCOUNTS = "/iam/v2/service-accounts";
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
        environment = new HashMap<>(TestClients.environment(server.getPort()));
        server.stubFor(get(urlPathEqualTo(CONNECTORS_PATH)).willReturn(okJson(fixture("connectors-expanded-page.json"))));
        server.stubFor(get(urlPathEqualTo(QUOTAS)).withQueryParam("scope", equalTo("organization"))
                .withQueryParam("page_token", absent()).willReturn(okJson(fixture("applied-quotas-page1.json"))));
        server.stubFor(get(urlPathEqualTo(QUOTAS)).withQueryParam("scope", equalTo("organization"))
                .withQueryParam("page_token", equalTo("dGVzdC1wYWdlLTItb2YtMg"))
                .willReturn(okJson(fixture("applied-quotas-page2.json"))));
        server.stubFor(get(urlPathEqualTo(QUOTAS)).withQueryParam("scope", equalTo("kafka_cluster"))
                .willReturn(okJson(fixture("applied-quotas-kafka-cluster.json"))));
        server.stubFor(get(urlPathEqualTo(ACCOUNTS)).withQueryParam("page_token", absent())
                .willReturn(okJson(fixture("service-accounts-page1.json"))));
        server.stubFor(get(urlPathEqualTo(ACCOUNTS)).withQueryParam("page_token", equalTo("c2EtcGFnZS0yLXRva2Vu"))
                .willReturn(okJson(fixture("service-accounts-page2.json"))));
    }

    @AfterEach
    void checkNoSecretWasPrinted() {
        for (String printed : everythingPrinted) {
            assertFalse(printed.contains(API_SECRET), "the API secret was printed: " + printed);
            assertFalse(printed.contains(API_KEY), "the API key was printed: " + printed);
        }
    }

    private static Path resource(String name) {
        try {
            return Path.of(QuotaCheckCommandTest.class.getResource("/quota/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private CliResult run(String policy, String... extra) {
        List<String> args = new ArrayList<>(List.of("quota", "check", "--platform", resource("platform.yaml").toString(),
                "--quotas", resource(policy).toString()));
        args.addAll(List.of(extra));
        args.add(resource("departments").toString());
        return runRaw(args.toArray(String[]::new));
    }

    private CliResult runRaw(String... args) {
        CliResult run = CliTestSupport.run(commandLine -> {
            QuotaCheckCommand check = commandLine.getSubcommands().get("quota").getSubcommands().get("check")
                    .getCommand();
            check.environment = environment;
            check.clients = env -> new ConfluentCloudClient(ClientSettings.fromEnvironment(env)
                    .withRetryPolicy(new RetryPolicy(2, Duration.ofSeconds(1), Duration.ofSeconds(30),
                            Duration.ofSeconds(60), new SplittableRandom(7)))
                    .withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(800))
                    .withSleeper(sleeper));
        }, args);
        everythingPrinted.add(run.out());
        everythingPrinted.add(run.err());
        return run;
    }

    private String readFile(Path file) throws IOException {
        String content = Files.readString(file);
        everythingPrinted.add(content);
        return content;
    }

    /** The 1-based line of the first line of {@code file} that contains {@code text}. */
    private static int lineOf(String file, String text) throws IOException {
        List<String> lines = Files.readAllLines(resource(file));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(text + " not in " + file);
    }

    private static Document xml(String text) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void passesWithinLimitsInEveryFormatWithOneConnectorListing(ReportFormat format) {
        CliResult run = run("quotas-roomy.yaml", "--format", format.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().contains("finance") && run.out().contains("research"), run.out());
        assertFalse(run.out().contains("ops-"), "connectors of departments not checked stay out of the report");
        server.verify(1, getRequestedFor(urlPathEqualTo(CONNECTORS_PATH)).withQueryParam("expand", equalTo("info,status,id")));
    }

    @Test
    void textReportFailsExactlyWhereThePolicySays() throws IOException {
        CliResult run = run("quotas-tight.yaml");

        assertEquals(1, run.exitCode(), run.err());
        Path finance = resource("departments/finance.yaml");
        Path research = resource("departments/research.yaml");
        assertTrue(run.out().contains("  finance / maxConnectors: department 'finance' has 4 connectors, over"
                + " maxConnectors 3: connector 'fin-reporting-snowflake-sink' at " + finance + ":"
                + lineOf("departments/finance.yaml", "- name: fin-reporting-snowflake-sink") + " is number 4, counting"
                + " 1 connector(s) live in lkc-9v3d7p and not in any descriptor (fin-fx-rates-http-source)."), run.out());
        assertTrue(run.out().contains("  hr / allowedConnectorClasses: department 'hr': connector"
                + " 'hr-onboarding-datagen-source' is live in lkc-9v3d7p with class DatagenSource, which"
                + " allowedConnectorClasses does not allow"), run.out());
        int papers = lineOf("departments/research.yaml", "- name: rsch-papers-s3-sink");
        assertTrue(run.out().contains("  research / maxTasksPerConnector: department 'research': connector"
                + " 'rsch-papers-s3-sink' at " + research + ":" + (papers + 2) + " asks for 2 tasks"), run.out());
        assertTrue(run.out().lines().anyMatch(line -> line.matches("finance +maxConnectors +3 +4 +-1 +FAIL")), run.out());
        assertTrue(run.out().endsWith("FAILED: 3 violations in 3 of 3 departments\n"), run.out());
    }

    @Test
    void jsonReportIsStableAndCarriesFileAndLine() throws Exception {
        CliResult run = run("quotas-tight.yaml", "--format", "json");

        assertEquals(1, run.exitCode(), run.err());
        JsonNode report = JSON.readTree(run.out());
        assertEquals(1, report.get("schemaVersion").asInt());
        assertEquals("online", report.get("mode").asText());
        assertFalse(report.get("passed").asBoolean());
        assertEquals(3, report.at("/summary/violations").asInt());
        assertEquals("lkc-9v3d7p", report.get("kafkaClusterId").asText());
        JsonNode finance = report.at("/departments/0");
        assertEquals("finance", finance.get("name").asText());
        assertEquals("fin-fx-rates-http-source", finance.at("/liveOnlyConnectors/0").asText());
        JsonNode maxConnectors = finance.at("/limits/0");
        assertEquals("maxConnectors", maxConnectors.get("name").asText());
        assertEquals("policy", maxConnectors.get("origin").asText());
        assertEquals(3, maxConnectors.get("limit").asInt());
        assertEquals(4, maxConnectors.get("usage").asInt());
        assertEquals(-1, maxConnectors.get("headroom").asInt());
        JsonNode violation = maxConnectors.at("/violations/0");
        assertEquals(resource("departments/finance.yaml").toString(), violation.get("file").asText());
        assertEquals(lineOf("departments/finance.yaml", "- name: fin-reporting-snowflake-sink"),
                violation.get("line").asInt());
        assertEquals("fin-reporting-snowflake-sink", violation.get("connector").asText());
        JsonNode hrClasses = report.at("/departments/1/limits/4");
        assertEquals("allowedConnectorClasses", hrClasses.get("name").asText());
        assertTrue(hrClasses.get("limit").isNull());
        assertTrue(hrClasses.at("/violations/0/file").isNull(), "a live-only connector has no descriptor line");
        JsonNode serviceAccounts = report.at("/departments/0/limits/5");
        assertEquals("iam.max_service_accounts.per_org", serviceAccounts.get("name").asText());
        assertEquals("confluent", serviceAccounts.get("origin").asText());
        assertEquals(1000, serviceAccounts.get("limit").asInt());
        assertEquals(146, serviceAccounts.get("usage").asInt(), "143 in use + 3 for finance");
        assertEquals(List.of("schemaVersion", "mode", "note", "platform", "environmentId", "kafkaClusterId", "passed",
                "summary", "departments"), fieldNames(report));
        assertEquals(List.of("name", "origin", "limit", "allowed", "usage", "headroom", "passed", "violations"),
                fieldNames(maxConnectors));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void junitReportHasOneTestCasePerDepartmentAndLimit() throws Exception {
        CliResult run = run("quotas-tight.yaml", "--format", "junit");

        assertEquals(1, run.exitCode(), run.err());
        Document document = xml(run.out());
        NodeList cases = document.getElementsByTagName("testcase");
        assertEquals(3 * 8, cases.getLength(), "3 departments x (5 policy + 3 native) limits");
        TreeSet<String> failed = new TreeSet<>();
        for (int i = 0; i < cases.getLength(); i++) {
            Element testcase = (Element) cases.item(i);
            if (testcase.getElementsByTagName("failure").getLength() > 0) {
                failed.add(testcase.getAttribute("classname") + "/" + testcase.getAttribute("name"));
            }
        }
        assertEquals(new TreeSet<>(List.of("quota.finance/maxConnectors", "quota.hr/allowedConnectorClasses",
                "quota.research/maxTasksPerConnector")), failed);
        Element suites = document.getDocumentElement();
        assertEquals("3", suites.getAttribute("failures"));
        assertEquals("24", suites.getAttribute("tests"));
        Element failure = (Element) document.getElementsByTagName("failure").item(0);
        assertTrue(failure.getAttribute("message").startsWith("department 'finance' has 4 connectors"));
    }

    @Test
    void markdownReportIsAPullRequestComment() {
        CliResult run = run("quotas-tight.yaml", "--format", "markdown");

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("### ❌ connect-onboard quota check FAILED: 3 violations in 3 of 3 departments\n"),
                run.out());
        assertTrue(run.out().contains("| finance | `maxConnectors` | 3 | 4 | -1 | ❌ over |\n"), run.out());
        assertTrue(run.out().contains("| hr | `iam.max_service_accounts.per_org` | 1000 | 149 | 851 | ✅ |\n"), run.out());
        assertTrue(run.out().contains("- **research** · `maxTasksPerConnector` · `" + resource("departments/research.yaml")),
                run.out());
    }

    @Test
    void outputWritesTheReportAndPrintsOneLine() throws Exception {
        Path report = Files.createDirectories(temp.resolve("reports")).resolve("quota.xml");

        CliResult run = run("quotas-tight.yaml", "--format", "junit", "--output", report.toString());

        assertEquals(1, run.exitCode(), run.err());
        assertEquals("quota check FAILED: 3 violations in 3 of 3 departments (online); junit report written to "
                + report + "\n", run.out());
        assertEquals(24, xml(readFile(report)).getElementsByTagName("testcase").getLength());
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void offlineReadsNothingAndEveryFormatSaysSo(ReportFormat format) throws IOException {
        environment.clear();
        Path report = temp.resolve("report");

        CliResult run = run("quotas-tight.yaml", "--offline", "--format", format.toString(), "--output", report.toString());

        assertEquals(1, run.exitCode(), "only research's descriptor-only violation remains: " + run.err());
        assertTrue(run.out().startsWith("quota check FAILED: 1 violation in 1 of 3 departments (offline, descriptors"
                + " only)"), run.out());
        String written = readFile(report);
        assertTrue(written.toLowerCase(java.util.Locale.ROOT).contains("offline"), written);
        assertTrue(written.contains("descriptors only"), written);
        assertFalse(written.contains("iam.max_service_accounts.per_org"), "native quotas are not checked offline");
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void withoutCredentialsAndWithoutOfflineItCannotDecide() {
        environment.remove(ClientSettings.API_KEY_VARIABLE);
        environment.remove(ClientSettings.API_SECRET_VARIABLE);

        CliResult run = run("quotas-roomy.yaml");

        assertEquals(3, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("error: Cannot read Confluent Cloud: CONFLUENT_CLOUD_API_KEY and"
                + " CONFLUENT_CLOUD_API_SECRET are not set."), run.err());
    }

    private CliResult failingListing(ResponseDefinitionBuilder response) {
        server.stubFor(get(urlPathEqualTo(CONNECTORS_PATH)).willReturn(response));
        return run("quotas-roomy.yaml", "--format", "junit");
    }

    private static void assertUndetermined(CliResult run, String messageStart) {
        assertEquals(3, run.exitCode(), run.err());
        assertEquals("", run.out(), "no report when the answer cannot be determined");
        assertTrue(run.err().startsWith("error: " + messageStart), run.err());
    }

    @Test
    void unauthorizedExitsThreeAndNamesTheVariables() {
        CliResult run = failingListing(aResponse().withStatus(401).withBody(fixture("error-401-connect.json")));

        assertUndetermined(run, "Confluent Cloud rejected the credentials (HTTP 401) for GET " + CONNECTORS_PATH);
        assertTrue(run.err().contains("Check that CONFLUENT_CLOUD_API_KEY and CONFLUENT_CLOUD_API_SECRET hold a Cloud"
                + " API key"), run.err());
    }

    @Test
    void forbiddenExitsThree() {
        assertUndetermined(failingListing(aResponse().withStatus(403).withBody("{\"error\":{\"code\":403,\"message\":\"Forbidden\"}}")),
                "The Cloud API key is not allowed to do this (HTTP 403)");
    }

    @Test
    void unknownClusterExitsThree() {
        assertUndetermined(failingListing(aResponse().withStatus(404).withBody(fixture("error-404-connect.json"))),
                "Confluent Cloud found nothing (HTTP 404)");
    }

    @Test
    void serverErrorsAfterRetriesExitThree() {
        CliResult run = failingListing(aResponse().withStatus(500).withBody("{\"error\":{\"code\":500,\"message\":\"Oops, something went wrong\"}}"));

        assertUndetermined(run, "Confluent Cloud failed (HTTP 500) for GET " + CONNECTORS_PATH);
        assertTrue(run.err().contains("3 times in a row: Oops, something went wrong."), run.err());
        assertEquals(2, sleeper.waits().size());
    }

    @Test
    void malformedListingExitsThree() {
        assertUndetermined(failingListing(okJson("{\"fin-a\": {\"info\": }")),
                "Confluent Cloud answered GET " + CONNECTORS_PATH + "?expand=info,status,id (HTTP 200) with malformed JSON");
    }

    @Test
    void truncatedListingExitsThree() {
        String whole = fixture("connectors-expanded-page.json");
        assertUndetermined(failingListing(okJson(whole.substring(0, 3000))),
                "Confluent Cloud answered GET " + CONNECTORS_PATH + "?expand=info,status,id (HTTP 200) with a truncated");
    }

    @Test
    void aSilentClusterExitsThree() {
        assertUndetermined(failingListing(okJson("{}").withFixedDelay(3_000)),
                "Confluent Cloud did not answer GET " + CONNECTORS_PATH + "?expand=info,status,id within 0.8 s (3 attempts)");
    }

    @Test
    void aConnectorWithoutTasksMaxExitsThree() {
        assertUndetermined(failingListing(okJson("{\"hr-mystery\": {\"status\": {\"connector\": {\"state\": \"RUNNING\"}}}}")),
                "Confluent Cloud listed connector 'hr-mystery' in lkc-9v3d7p without a readable connector.class or"
                        + " tasks.max");
    }

    @Test
    void rateLimitedOnceThenAnswered() {
        server.stubFor(get(urlPathEqualTo(CONNECTORS_PATH)).inScenario("limited").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")
                        .withBody(fixture("error-429.json"))).willSetStateTo("open"));
        server.stubFor(get(urlPathEqualTo(CONNECTORS_PATH)).inScenario("limited").whenScenarioStateIs("open")
                .willReturn(okJson(fixture("connectors-expanded-page.json"))));

        CliResult run = run("quotas-roomy.yaml");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of(Duration.ofSeconds(7)), sleeper.waits());
    }

    @Test
    void aMissingNativeQuotaExitsThree() {
        server.stubFor(get(urlPathEqualTo(QUOTAS)).withQueryParam("scope", equalTo("kafka_cluster"))
                .willReturn(okJson("{\"metadata\": {}, \"data\": []}")));

        assertUndetermined(run("quotas-roomy.yaml"), "Confluent Cloud did not report the native quota"
                + " kafka.max_api_keys.per_cluster");
    }

    @Test
    void flagsDepartmentsWhosePlanWouldExceedTheServiceAccountQuota() throws Exception {
        ObjectNode page2 = (ObjectNode) JSON.readTree(fixture("applied-quotas-page2.json"));
        ((ObjectNode) page2.at("/data/0")).put("usage", 996);
        server.stubFor(get(urlPathEqualTo(QUOTAS)).withQueryParam("scope", equalTo("organization"))
                .withQueryParam("page_token", equalTo("dGVzdC1wYWdlLTItb2YtMg")).willReturn(okJson(page2.toString())));

        CliResult run = run("quotas-roomy.yaml");

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().contains("  hr / iam.max_service_accounts.per_org: department 'hr' would add 3 service"
                + " accounts (its generated Terraform, declared at " + resource("departments/hr.yaml") + ":"
                + lineOf("departments/hr.yaml", "department:") + "); with 996 in use and 3 added by departments checked"
                + " before it, that makes 1002, over Confluent Cloud's iam.max_service_accounts.per_org limit of 1000."),
                run.out());
        assertTrue(run.out().endsWith("FAILED: 2 violations in 2 of 3 departments\n"), "finance fits, hr and research"
                + " do not: " + run.out());
    }

    @Test
    void missingPlatformIsAUsageError() {
        CliResult run = runRaw("quota", "check", "--quotas", resource("quotas-roomy.yaml").toString(),
                resource("departments").toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("error: Missing required option: '--platform=FILE'\n"), run.err());
    }

    @Test
    void aPlatformFileGivenAsQuotasIsAUsageError() {
        CliResult run = runRaw("quota", "check", "--platform", resource("platform.yaml").toString(), "--quotas",
                resource("platform.yaml").toString(), resource("departments").toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("platform.yaml is a Platform file, not a QuotaPolicy file"), run.err());
    }
}
