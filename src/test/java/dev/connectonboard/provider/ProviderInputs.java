package dev.connectonboard.provider;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.connectonboard.confluent.ConfluentFixtures;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.connectonboard.confluent.ConfluentFixtures.fixture;

/** The test platform, policy and descriptors (src/test/resources/provider/inputs) and the Confluent API they meet. */
final class ProviderInputs {
    private static final List<String> FILES = List.of("platform.yaml", "quotas.yaml", "departments/finance.yaml",
            "departments/hr.yaml");

    private ProviderInputs() {
    }

    /** Copies the inputs into {@code directory}: platform.yaml, quotas.yaml and departments/. */
    static Path copyTo(Path directory) {
        try {
            for (String file : FILES) {
                Path target = directory.resolve(file);
                Files.createDirectories(target.getParent());
                try (InputStream in = ProviderInputs.class.getResourceAsStream("/provider/inputs/" + file)) {
                    Files.copy(in, target);
                }
            }
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What Confluent Cloud answers for the fixture organization: connectors, quotas (paged), service accounts. */
    static void stubConfluentCloud(WireMockServer server) {
        server.stubFor(get(urlPathEqualTo(ConfluentFixtures.CONNECTORS_PATH))
                .willReturn(okJson(fixture("connectors-expanded-page.json"))));
        server.stubFor(get(urlPathEqualTo(ConfluentFixtures.CONNECTORS_PATH + "/hr-workday-snowflake-sink/status"))
                .willReturn(okJson(fixture("connector-status-failed.json"))));
        String quotas = "/service-quota/v1/applied-quotas";
        server.stubFor(get(urlPathEqualTo(quotas)).withQueryParam("scope", equalTo("organization"))
                .withQueryParam("page_token", absent()).willReturn(okJson(fixture("applied-quotas-page1.json"))));
        server.stubFor(get(urlPathEqualTo(quotas)).withQueryParam("scope", equalTo("organization"))
                .withQueryParam("page_token", equalTo("dGVzdC1wYWdlLTItb2YtMg"))
                .willReturn(okJson(fixture("applied-quotas-page2.json"))));
        server.stubFor(get(urlPathEqualTo(quotas)).withQueryParam("scope", equalTo("kafka_cluster"))
                .willReturn(okJson(fixture("applied-quotas-kafka-cluster.json"))));
        String accounts = "/iam/v2/service-accounts";
        server.stubFor(get(urlPathEqualTo(accounts)).withQueryParam("page_token", absent())
                .willReturn(okJson(fixture("service-accounts-page1.json"))));
        server.stubFor(get(urlPathEqualTo(accounts)).withQueryParam("page_token", equalTo("c2EtcGFnZS0yLXRva2Vu"))
                .willReturn(okJson(fixture("service-accounts-page2.json"))));
    }
}
