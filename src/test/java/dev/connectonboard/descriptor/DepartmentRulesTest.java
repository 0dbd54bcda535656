package dev.connectonboard.descriptor;

import dev.connectonboard.descriptor.model.Connector;
import dev.connectonboard.descriptor.model.ConnectorDirection;
import dev.connectonboard.descriptor.model.DepartmentOnboarding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.connectonboard.descriptor.Inputs.at;
import static dev.connectonboard.descriptor.Inputs.department;
import static dev.connectonboard.descriptor.Inputs.load;
import static dev.connectonboard.descriptor.Inputs.problems;
import static dev.connectonboard.descriptor.Inputs.resource;
import static dev.connectonboard.descriptor.Inputs.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The rules of one department descriptor, each with a case it rejects and a case it accepts. */
class DepartmentRulesTest {
    @TempDir
    Path dir;

    private DepartmentOnboarding only(InputSet inputs) {
        assertEquals(1, inputs.departments().size(), "departments loaded");
        return inputs.departments().get(0).value();
    }

    @Test
    void rejectsConnectorOutsideDepartmentPrefix() {
        Path file = department(dir, """
                topics:
                  - name: fin.payments
                connectors:
                  - name: payments-s3-sink
                    class: S3_SINK
                    topics: [fin.payments]
                """);
        assertEquals(List.of(at(file, 12, 5, "connectors[0].name", "'payments-s3-sink' does not start with the "
                + "department prefix 'fin-'; rename it to 'fin-payments-s3-sink'")), problems(file));
    }

    @Test
    void acceptsConnectorInsideDepartmentPrefix() {
        Path file = department(dir, """
                topics:
                  - name: fin.payments
                connectors:
                  - name: fin-payments-s3-sink
                    class: S3_SINK
                    topics: [fin.payments]
                """);
        assertEquals("fin-payments-s3-sink", only(load(file)).connectors().get(0).name());
    }

    @Test
    void rejectsTopicOutsideDepartmentPrefixIncludingALongerWord() {
        Path file = department(dir, """
                topics:
                  - name: payments
                  - name: finance.payments
                """);
        assertEquals(List.of(
                at(file, 10, 5, "topics[0].name", "topic 'payments' does not start with the department prefix "
                        + "'fin.'; rename it to 'fin.payments'"),
                at(file, 11, 5, "topics[1].name", "topic 'finance.payments' does not start with the department "
                        + "prefix 'fin.'; rename it to 'fin.finance.payments'")), problems(file));
    }

    /**
     * One topic rule: {@code <prefix>-} topics were accepted here although modules/topics refuses them and neither the
     * ACLs nor the operators' {@code topic=<prefix>.*} binding covers them.
     */
    @Test
    void acceptsPrefixDotTopicsAndRefusesPrefixDash() {
        Path file = department(dir, """
                topics:
                  - name: fin.payments
                  - name: fin-ledger
                """);
        assertEquals(List.of(at(file, 11, 5, "topics[1].name", "topic 'fin-ledger' does not start with the "
                + "department prefix 'fin.'; rename it to 'fin.ledger'")), problems(file));
    }

    @Test
    void rejectsDuplicateConnectorsTopicsRolesAndEndpoints() {
        Path file = department(dir, """
                topics:
                  - { name: fin.a }
                  - { name: fin.a }
                privateLinkEgress:
                  - name: db
                    vpcEndpointServiceName: com.amazonaws.vpce.eu-west-1.vpce-svc-0123456789abcdef0
                    dnsDomains: [db.fin.example.org]
                  - name: db
                    vpcEndpointServiceName: com.amazonaws.vpce.eu-west-1.vpce-svc-0123456789abcdef1
                    dnsDomains: [db2.fin.example.org]
                iamRoles:
                  - { name: writer, s3: { buckets: [fin-archive], access: write } }
                  - { name: writer, s3: { buckets: [fin-other], access: read } }
                connectors:
                  - { name: fin-sink, class: S3_SINK, topics: [fin.a] }
                  - { name: fin-sink, class: S3_SINK, topics: [fin.a] }
                """);
        assertEquals(List.of(
                at(file, 11, 7, "topics[1].name", "duplicate name 'fin.a'"),
                at(file, 16, 5, "privateLinkEgress[1].name", "duplicate name 'db'"),
                at(file, 21, 7, "iamRoles[1].name", "duplicate name 'writer'"),
                at(file, 24, 7, "connectors[1].name", "duplicate connector name 'fin-sink'")), problems(file));
    }

    @Test
    void rejectsDnsDomainRoutedTwice() {
        Path file = department(dir, """
                privateLinkEgress:
                  - name: db
                    vpcEndpointServiceName: com.amazonaws.vpce.eu-west-1.vpce-svc-0123456789abcdef0
                    dnsDomains: [db.fin.example.org, db.fin.example.org]
                  - name: cache
                    vpcEndpointServiceName: com.amazonaws.vpce.eu-west-1.vpce-svc-0123456789abcdef1
                    dnsDomains:
                      - cache.fin.example.org
                      - db.fin.example.org
                """);
        assertEquals(List.of(
                at(file, 12, 38, "privateLinkEgress[0].dnsDomains[1]", "DNS domain 'db.fin.example.org' is listed "
                        + "twice"),
                at(file, 17, 9, "privateLinkEgress[1].dnsDomains[1]", "DNS domain 'db.fin.example.org' is already "
                        + "routed to endpoint 'db'")), problems(file));
    }

    @Test
    void acceptsDistinctNamesAndDnsDomains() {
        DepartmentOnboarding finance = only(load(resource(dir, "finance.yaml")));
        assertEquals(List.of("fin-payments-pg-cdc-source", "fin-ledger-s3-sink"),
                finance.connectors().stream().map(Connector::name).toList());
        assertEquals(List.of("payments-db.fin.internal.example.org"),
                finance.privateLinkEgress().get(0).dnsDomains());
    }

    @Test
    void rejectsUndeclaredTopicRoleAndEndpointWithSuggestion() {
        Path file = department(dir, """
                topics: [{ name: fin.payments }]
                privateLinkEgress:
                  - name: payments-db
                    vpcEndpointServiceName: com.amazonaws.vpce.eu-west-1.vpce-svc-0123456789abcdef0
                    dnsDomains: [db.fin.example.org]
                iamRoles:
                  - { name: archive-writer, s3: { buckets: [fin-archive], access: write } }
                connectors:
                  - name: fin-sink
                    class: S3_SINK
                    topics: [fin.payment, fin.unrelated]
                    iamRole: archive-writter
                    privateLink: payments-bd
                """);
        assertEquals(List.of(
                at(file, 19, 14, "connectors[0].topics[0]", "topic 'fin.payment' is not declared under topics; did "
                        + "you mean 'fin.payments'? (declare it so it is created and its ACLs are granted)"),
                at(file, 19, 27, "connectors[0].topics[1]", "topic 'fin.unrelated' is not declared under topics "
                        + "(declare it so it is created and its ACLs are granted)"),
                at(file, 20, 5, "connectors[0].iamRole", "IAM role 'archive-writter' is not declared under "
                        + "iamRoles; did you mean 'archive-writer'?"),
                at(file, 21, 5, "connectors[0].privateLink", "Private Link endpoint 'payments-bd' is not declared "
                        + "under privateLinkEgress; did you mean 'payments-db'?")), problems(file));
    }

    @Test
    void acceptsDeclaredTopicRoleAndEndpoint() {
        Connector ledger = only(load(resource(dir, "finance.yaml"))).connectors().get(1);
        assertEquals("archive-writer", ledger.iamRole());
        assertEquals(List.of("fin.ledger"), ledger.topics());
    }

    @Test
    void rejectsSecretGivenAsLiteralWithoutRepeatingIt() {
        Path file = department(dir, """
                topics: [{ name: fin.a }]
                connectors:
                  - name: fin-db-source
                    class: PostgresCdcSourceV2
                    createsTopics: true
                    secrets:
                      database.password: hunter2-very-secret
                      pin: 4711
                      api.token: { awsSecretsManager: s3cr3t-value }
                """);
        String reference = "a secret is never written into a descriptor; reference it instead: "
                + "{ awsSecretsManager: { secretId: <secret name>, key: <json key> } }";
        List<String> problems = problems(file);
        assertEquals(List.of(
                at(file, 15, 7, "connectors[0].secrets[\"database.password\"]", reference),
                at(file, 16, 7, "connectors[0].secrets.pin", reference),
                at(file, 17, 20, "connectors[0].secrets[\"api.token\"].awsSecretsManager", reference)), problems);
        assertFalse(String.join("\n", problems).matches("(?s).*(hunter2|4711|s3cr3t).*"), "secret echoed");
    }

    @Test
    void acceptsSecretReference() {
        Connector source = only(load(resource(dir, "finance.yaml"))).connectors().get(0);
        assertEquals("fin/payments-db", source.secrets().get("database.password").awsSecretsManager().secretId());
        assertEquals("password", source.secrets().get("database.password").awsSecretsManager().key());
    }

    @Test
    void rejectsSensitiveLookingConfigKeysAndPasswordsInUrls() {
        Path file = department(dir, """
                topics: [{ name: fin.a }]
                connectors:
                  - name: fin-db-sink
                    class: JdbcSink
                    topics: [fin.a]
                    config:
                      connection.password: x
                      aws.secret.access.key: y
                      sasl.jaas.config: z
                      connection.url: jdbc:postgresql://loader:pa55@db.fin.example.org/fin
                """);
        String move = "looks sensitive; move it under secrets as { awsSecretsManager: { secretId: ..., key: ... } } "
                + "so its value never sits in git";
        List<String> problems = problems(file);
        assertEquals(List.of(
                at(file, 15, 7, "connectors[0].config[\"connection.password\"]", "'connection.password' " + move),
                at(file, 16, 7, "connectors[0].config[\"aws.secret.access.key\"]", "'aws.secret.access.key' " + move),
                at(file, 17, 7, "connectors[0].config[\"sasl.jaas.config\"]", "'sasl.jaas.config' " + move),
                at(file, 18, 7, "connectors[0].config[\"connection.url\"]", "the value of 'connection.url' carries a "
                        + "user name or password in a URL (user:password@host or token@host); take it out of the "
                        + "value and give it to the connector under secrets (usually as the class's password "
                        + "setting)")), problems);
        assertFalse(String.join("\n", problems).contains("pa55"), "password echoed");
    }

    @Test
    void acceptsOrdinaryConfigKeysThatMerelyMentionKeysOrTokens() {
        Path file = department(dir, """
                topics: [{ name: fin.a }]
                connectors:
                  - name: fin-http-sink
                    class: HttpSinkV2
                    topics: [fin.a]
                    config:
                      key.converter: org.apache.kafka.connect.storage.StringConverter
                      token.endpoint.url: https://auth.example.org/oauth/token
                      http.api.url: https://api.example.org/v1/events
                      connection.url: jdbc:postgresql://db.fin.example.org:5432/fin
                """);
        assertEquals(4, only(load(file)).connectors().get(0).config().size());
    }

    @Test
    void rejectsConfigKeysThatConnectOnboardSets() {
        Path file = department(dir, """
                topics: [{ name: fin.a }]
                connectors:
                  - name: fin-sink
                    class: S3_SINK
                    topics: [fin.a]
                    config:
                      tasks.max: 4
                      connector.class: S3_SINK
                      errors.deadletterqueue.topic.replication.factor: 3
                """);
        assertEquals(List.of(
                at(file, 15, 7, "connectors[0].config[\"tasks.max\"]", "'tasks.max' is set by connect-onboard from "
                        + "tasks; remove it from config"),
                at(file, 16, 7, "connectors[0].config[\"connector.class\"]", "'connector.class' is set by "
                        + "connect-onboard from class; remove it from config"),
                at(file, 17, 7, "connectors[0].config[\"errors.deadletterqueue.topic.replication.factor\"]",
                        "'errors.deadletterqueue.topic.replication.factor' is set by connect-onboard from "
                                + "errors.deadLetterQueue; remove it from config")), problems(file));
    }

    @Test
    void rejectsConnectorClassTheQuotaPolicyForbids() {
        Path quotas = resource(dir, "quotas.yaml");
        Path file = department(dir, """
                topics: [{ name: fin.a }]
                connectors:
                  - { name: fin-http-sink, class: HttpSinkV2, topics: [fin.a] }
                  - { name: fin-s3-sink, class: S3_SNK, direction: sink, topics: [fin.a] }
                """);
        assertEquals(List.of(
                at(file, 11, 28, "connectors[0].class", "connector class 'HttpSinkV2' is not allowed for department "
                        + "'finance' by the quota policy; allowed: S3_SINK, PostgresCdcSourceV2, SnowflakeSink"),
                at(file, 12, 26, "connectors[1].class", "connector class 'S3_SNK' is not allowed for department "
                        + "'finance' by the quota policy; allowed: S3_SINK, PostgresCdcSourceV2, SnowflakeSink; did "
                        + "you mean 'S3_SINK'?")), problems(quotas, file));
    }

    @Test
    void appliesTheDepartmentsOwnAllowedClasses() {
        Path quotas = resource(dir, "quotas.yaml");
        Path research = write(dir, "research.yaml", """
                apiVersion: connect-onboard/v1
                kind: DepartmentOnboarding
                department: { name: research, prefix: rsch, owners: [r@example.org] }
                connect: { runtime: managed }
                topics: [{ name: rsch.a }]
                connectors:
                  - { name: rsch-pg-source, class: PostgresCdcSourceV2, createsTopics: true }
                """);
        assertEquals(List.of(at(research, 7, 29, "connectors[0].class", "connector class 'PostgresCdcSourceV2' is "
                + "not allowed for department 'research' by the quota policy; allowed: S3_SINK")),
                problems(quotas, research));
    }

    @Test
    void acceptsConnectorClassesTheQuotaPolicyAllows() {
        InputSet inputs = load(resource(dir, "quotas.yaml"), resource(dir, "finance.yaml"));
        assertEquals(List.of("PostgresCdcSourceV2", "S3_SINK"),
                only(inputs).connectors().stream().map(Connector::connectorClass).toList());
    }

    @Test
    void rejectsSelfManagedSettingsOnManagedDepartment() {
        Path file = write(dir, "finance.yaml", """
                apiVersion: connect-onboard/v1
                kind: DepartmentOnboarding
                department: { name: finance, prefix: fin, owners: [f@example.org] }
                connect:
                  runtime: managed
                  selfManaged:
                    workers: 2
                    image: connect-7-9
                    cpu: 1024
                    memory: 2048
                    subnetIds: [subnet-0a1b2c3d]
                    securityGroupIds: [sg-0a1b2c3d]
                """);
        assertEquals(List.of(at(file, 6, 3, "connect.selfManaged", "selfManaged settings are only for runtime: "
                + "self-managed; remove them or set connect.runtime: self-managed")), problems(file));
    }

    @Test
    void rejectsSelfManagedDepartmentWithoutWorkerSettings() {
        Path file = write(dir, "finance.yaml", """
                apiVersion: connect-onboard/v1
                kind: DepartmentOnboarding
                department: { name: finance, prefix: fin, owners: [f@example.org] }
                connect:
                  runtime: self-managed
                """);
        assertEquals(List.of(at(file, 5, 3, "connect.runtime", "runtime self-managed needs a connect.selfManaged "
                + "section (workers, image, cpu, memory, subnetIds, securityGroupIds)")), problems(file));
    }

    @Test
    void acceptsSelfManagedDepartmentWithWorkerSettings() {
        Path file = write(dir, "research.yaml", """
                apiVersion: connect-onboard/v1
                kind: DepartmentOnboarding
                department: { name: research, prefix: rsch, owners: [r@example.org] }
                connect:
                  runtime: self-managed
                  selfManaged:
                    workers: 2
                    image: connect-7-9
                    cpu: 1024
                    memory: 2048
                    subnetIds: [subnet-0a1b2c3d]
                    securityGroupIds: [sg-0a1b2c3d]
                """);
        DepartmentOnboarding research = only(load(file));
        assertEquals(2, research.connect().selfManaged().workers());
        assertEquals(30, research.connect().selfManaged().logRetentionDays(), "default log retention");
    }

    @Test
    void rejectsAwsRoleNameLongerThanAwsAllows() {
        String name = "r".repeat(61);
        Path file = department(dir, "iamRoles:\n  - { name: " + name + ", s3: { buckets: [fin-a], access: read } }\n");
        assertEquals(List.of(at(file, 10, 7, "iamRoles[0].name", "the AWS role name 'fin-" + name + "' would be 65 "
                + "characters; AWS allows 64, so with prefix 'fin' use a name of at most 60 characters")),
                problems(file));
    }

    @Test
    void acceptsAwsRoleNameOfExactlySixtyFourCharacters() {
        String name = "r".repeat(60);
        Path file = department(dir, "iamRoles:\n  - { name: " + name + ", s3: { buckets: [fin-a], access: read } }\n");
        assertEquals(name, only(load(file)).iamRoles().get(0).name());
    }

    @Test
    void rejectsDeadLetterQueueWithoutToleratingErrors() {
        Path file = department(dir, """
                topics: [{ name: fin.a }]
                connectors:
                  - name: fin-sink
                    class: S3_SINK
                    topics: [fin.a]
                    errors:
                      deadLetterQueue: true
                """);
        assertEquals(List.of(at(file, 15, 7, "connectors[0].errors.deadLetterQueue", "a dead letter queue receives "
                + "records only when errors are tolerated; set errors.tolerance: all")), problems(file));
    }

    @Test
    void rejectsDeadLetterQueueOnASourceConnector() {
        Path file = department(dir, """
                topics: [{ name: fin.a }]
                connectors:
                  - name: fin-cdc
                    class: PostgresCdcSourceV2
                    createsTopics: true
                    errors:
                      tolerance: all
                      deadLetterQueue: true
                """);
        assertEquals(List.of(at(file, 16, 7, "connectors[0].errors.deadLetterQueue", "Kafka Connect has dead letter "
                + "queues for sink connectors only; remove deadLetterQueue from this source connector")),
                problems(file));
    }

    @Test
    void acceptsDeadLetterQueueWithToleranceAll() {
        Connector ledger = only(load(resource(dir, "finance.yaml"))).connectors().get(1);
        assertEquals(true, ledger.errors().deadLetterQueue());
    }

    @Test
    void rejectsTopicNamedLikeTheDeadLetterQueueConnectOnboardCreates() {
        Path file = department(dir, """
                topics: [{ name: fin.a }, { name: fin.dlq.fin-sink }]
                connectors:
                  - { name: fin-sink, class: S3_SINK, topics: [fin.a], errors: { tolerance: all, deadLetterQueue: true } }
                """);
        assertEquals(List.of(at(file, 9, 29, "topics[1].name", "topic 'fin.dlq.fin-sink' is the dead letter queue "
                + "that connect-onboard creates for connector 'fin-sink'; remove it from topics")), problems(file));
    }

    @Test
    void rejectsConnectorWhoseDirectionCannotBeDerived() {
        Path file = department(dir, """
                topics: [{ name: fin.a }]
                connectors:
                  - { name: fin-mirror, class: MirrorMaker2, topics: [fin.a] }
                """);
        assertEquals(List.of(at(file, 11, 25, "connectors[0].class", "cannot tell whether 'MirrorMaker2' is a sink "
                + "or a source from its name; add 'direction: sink' or 'direction: source'")), problems(file));
    }

    @Test
    void acceptsConnectorWithExplicitDirection() {
        Path file = department(dir, """
                topics: [{ name: fin.a }]
                connectors:
                  - { name: fin-mirror, class: MirrorMaker2, direction: source, topics: [fin.a] }
                """);
        assertEquals(ConnectorDirection.SOURCE, only(load(file)).connectors().get(0).effectiveDirection());
    }

    @Test
    void rejectsPrivateLinkWhenPlatformHasNoEgressGateway() {
        Path platform = resource(dir, "platform-without-gateway.yaml");
        Path finance = resource(dir, "finance.yaml");
        assertEquals(List.of(at(finance, 14, 1, "privateLinkEgress", "the platform 'ebs-no-gateway' has no egress "
                + "gateway; ask the platform team to set confluent.egressGatewayId in the platform file")),
                problems(platform, finance));
    }

    @Test
    void acceptsPrivateLinkWhenPlatformHasEgressGateway() {
        InputSet inputs = load(resource(dir, "platform.yaml"), resource(dir, "finance.yaml"));
        assertEquals("gw-4v8n1c", inputs.onlyPlatform().orElseThrow().value().confluent().egressGatewayId());
        assertEquals(1, only(inputs).privateLinkEgress().size());
    }
}
