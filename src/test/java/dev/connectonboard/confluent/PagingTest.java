package dev.connectonboard.confluent;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.connectonboard.confluent.ConfluentFixtures.CLUSTER;
import static dev.connectonboard.confluent.ConfluentFixtures.ENV;
import static dev.connectonboard.confluent.ConfluentFixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PagingTest {
    private static final String QUOTAS = "/service-quota/v1/applied-quotas";
    private static final String ACCOUNTS = "/iam/v2/service-accounts";
    private static final String QUOTA_TOKEN = "dGVzdC1wYWdlLTItb2YtMg";

    @RegisterExtension
    static final WireMockExtension server = TestClients.loopbackExtension();
    private ConfluentCloudClient client;

    @BeforeEach
    void open() {
        client = TestClients.client(server.getPort(), new RecordingSleeper());
    }

    @AfterEach
    void close() {
        client.close();
    }

    private void stubQuotaPages() {
        server.stubFor(get(urlPathEqualTo(QUOTAS)).withQueryParam("page_token", absent())
                .willReturn(okJson(fixture("applied-quotas-page1.json"))));
        server.stubFor(get(urlPathEqualTo(QUOTAS)).withQueryParam("page_token", equalTo(QUOTA_TOKEN))
                .willReturn(okJson(fixture("applied-quotas-page2.json"))));
    }

    @Test
    void appliedQuotasFollowTheNextLinkAcrossPages() {
        stubQuotaPages();

        List<AppliedQuota> quotas = client.appliedQuotas(QuotaScope.ORGANIZATION, Map.of());

        assertEquals(9, quotas.size());
        AppliedQuota environments = quotas.get(2);
        assertEquals("iam.max_environments.per_org", environments.id());
        assertEquals(25, environments.defaultLimit());
        assertEquals(40, environments.appliedLimit());
        AppliedQuota serviceAccounts = quotas.get(5);
        assertEquals("iam.max_service_accounts.per_org", serviceAccounts.id());
        assertEquals(143, serviceAccounts.usage());
        assertNull(quotas.get(7).usage(), "group mappings report no usage");
        server.verify(getRequestedFor(urlPathEqualTo(QUOTAS)).withQueryParam("scope", equalTo("organization"))
                .withQueryParam("page_size", equalTo("200")).withQueryParam("page_token", equalTo(QUOTA_TOKEN)));
        server.verify(2, getRequestedFor(urlPathEqualTo(QUOTAS)));
    }

    @Test
    void clusterQuotasSendScopeAndFilters() {
        server.stubFor(get(urlPathEqualTo(QUOTAS)).willReturn(okJson(fixture("applied-quotas-kafka-cluster.json"))));

        List<AppliedQuota> quotas = client.appliedQuotas(QuotaScope.KAFKA_CLUSTER,
                Map.of("environment", ENV, "kafka_cluster", CLUSTER));

        assertEquals(List.of("iam.max_rbac_role_bindings.per_cluster", "kafka.max_api_keys.per_cluster",
                "kafka.max_ckus.per_cluster"), quotas.stream().map(AppliedQuota::id).toList());
        assertEquals(CLUSTER, quotas.get(1).kafkaClusterId());
        assertEquals(187, quotas.get(1).usage());
        server.verify(getRequestedFor(urlPathEqualTo(QUOTAS)).withQueryParam("scope", equalTo("kafka_cluster"))
                .withQueryParam("environment", equalTo(ENV)).withQueryParam("kafka_cluster", equalTo(CLUSTER)));
    }

    @Test
    void serviceAccountsAreCollectedUntilTheEmptyMetadata() {
        server.stubFor(get(urlPathEqualTo(ACCOUNTS)).withQueryParam("page_token", absent())
                .willReturn(okJson(fixture("service-accounts-page1.json"))));
        server.stubFor(get(urlPathEqualTo(ACCOUNTS)).withQueryParam("page_token", equalTo("c2EtcGFnZS0yLXRva2Vu"))
                .willReturn(okJson(fixture("service-accounts-page2.json"))));

        List<ServiceAccount> accounts = client.serviceAccounts();

        assertEquals(7, accounts.size());
        assertEquals(new ServiceAccount("sa-4lu8hs", "ops-terraform-ci", "Ops: Terraform CI runner"), accounts.get(6));
        server.verify(2, getRequestedFor(urlPathEqualTo(ACCOUNTS)).withQueryParam("page_size", equalTo("100")));
    }

    @Test
    void anEmptyNextLinkEndsTheList() {
        server.stubFor(get(urlPathEqualTo(ACCOUNTS)).willReturn(okJson(
                "{\"metadata\": {\"next\": \"\"}, \"data\": [{\"id\": \"sa-1\", \"display_name\": \"fin-a\"}]}")));

        assertEquals(1, client.serviceAccounts().size());
        server.verify(1, getRequestedFor(urlPathEqualTo(ACCOUNTS)));
    }

    @Test
    void aRepeatedPageTokenStopsInsteadOfLoopingForever() {
        server.stubFor(get(urlPathEqualTo(ACCOUNTS)).willReturn(okJson("{\"metadata\": {\"next\":"
                + " \"https://api.confluent.cloud/iam/v2/service-accounts?page_token=same\"}, \"data\": []}")));

        ConfluentApiException failure = assertThrows(ConfluentApiException.class, () -> client.serviceAccounts());

        assertEquals("Confluent Cloud's answer to GET " + ACCOUNTS + "?page_size=100&page_token=same cannot be trusted:"
                + " it sent page token 'same' again (or more than 10000 pages), so paging would never end. Nothing"
                + " was decided; run again, and report it if it persists.", failure.getMessage());
        server.verify(2, getRequestedFor(urlPathEqualTo(ACCOUNTS)));
    }

    @Test
    void aNextLinkWithoutPageTokenIsNotTrusted() {
        server.stubFor(get(urlPathEqualTo(ACCOUNTS)).willReturn(okJson(
                "{\"metadata\": {\"next\": \"https://api.confluent.cloud/iam/v2/service-accounts?cursor=x\"}, \"data\": []}")));

        assertEquals("Confluent Cloud's answer to GET " + ACCOUNTS + "?page_size=100 cannot be trusted: its next-page"
                + " link has no page_token: https://api.confluent.cloud/iam/v2/service-accounts?cursor=x. Nothing was"
                + " decided; run again, and report it if it persists.",
                assertThrows(ConfluentApiException.class, () -> client.serviceAccounts()).getMessage());
    }

    @Test
    void aListWithoutDataIsNotTrusted() {
        server.stubFor(get(urlPathEqualTo(QUOTAS)).willReturn(okJson("{\"kind\": \"AppliedQuotaList\"}")));

        assertEquals("Confluent Cloud's answer to GET " + QUOTAS + "?scope=organization&page_size=200 cannot be"
                + " trusted: the list has no \"data\" field. Nothing was decided; run again, and report it if it"
                + " persists.", assertThrows(ConfluentApiException.class,
                () -> client.appliedQuotas(QuotaScope.ORGANIZATION, Map.of())).getMessage());
    }

    @Test
    void anExpiredPageTokenRestartsFromTheFirstPageOnce() {
        server.stubFor(get(urlPathEqualTo(QUOTAS)).inScenario("expiry").whenScenarioStateIs(Scenario.STARTED)
                .withQueryParam("page_token", absent())
                .willReturn(okJson(fixture("applied-quotas-page1.json"))).willSetStateTo("first page read"));
        server.stubFor(get(urlPathEqualTo(QUOTAS)).inScenario("expiry").whenScenarioStateIs("first page read")
                .withQueryParam("page_token", equalTo(QUOTA_TOKEN))
                .willReturn(aResponse().withStatus(400).withBody("{\"errors\":[{\"detail\":\"page token expired\"}]}"))
                .willSetStateTo("expired"));
        server.stubFor(get(urlPathEqualTo(QUOTAS)).inScenario("expiry").whenScenarioStateIs("expired")
                .withQueryParam("page_token", absent())
                .willReturn(okJson(fixture("applied-quotas-page1.json"))).willSetStateTo("restarted"));
        server.stubFor(get(urlPathEqualTo(QUOTAS)).inScenario("expiry").whenScenarioStateIs("restarted")
                .withQueryParam("page_token", equalTo(QUOTA_TOKEN))
                .willReturn(okJson(fixture("applied-quotas-page2.json"))));

        assertEquals(9, client.appliedQuotas(QuotaScope.ORGANIZATION, Map.of()).size(), "no page counted twice");
        server.verify(4, getRequestedFor(urlPathEqualTo(QUOTAS)));
    }

    @Test
    void aQuotaWithoutAppliedLimitIsNotTrusted() {
        server.stubFor(get(urlPathEqualTo(QUOTAS)).willReturn(okJson(
                "{\"data\": [{\"id\": \"iam.max_service_accounts.per_org\", \"scope\": \"organization\"}]}")));

        assertEquals("Confluent Cloud's answer to GET " + QUOTAS + "?scope=organization&page_size=200 cannot be"
                + " trusted: a quota has no \"id\" or \"applied_limit\". Nothing was decided; run again, and report it"
                + " if it persists.", assertThrows(ConfluentApiException.class,
                () -> client.appliedQuotas(QuotaScope.ORGANIZATION, Map.of())).getMessage());
    }
}
