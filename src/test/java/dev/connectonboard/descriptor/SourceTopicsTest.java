package dev.connectonboard.descriptor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.connectonboard.descriptor.Inputs.at;
import static dev.connectonboard.descriptor.Inputs.department;
import static dev.connectonboard.descriptor.Inputs.load;
import static dev.connectonboard.descriptor.Inputs.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every topic a source connector writes is declared (and so created by Terraform with its partitions and
 * retention), or the descriptor lets the connector create its topics under a prefix inside the department's.
 */
class SourceTopicsTest {
    @TempDir
    Path dir;

    private static final String PG = """
              - name: fin-payments-pg-cdc-source
                class: PostgresCdcSourceV2
            """;

    @Test
    void aCdcSourceDeclaringTheTopicsItWritesIsValidAndValidateListsThem() {
        Path file = department(dir, """
                topics:
                  - { name: fin.payments.public.payments, partitions: 6 }
                  - { name: fin.payments.public.refunds, partitions: 3 }
                connectors:
                """ + PG + """
                    topics: [fin.payments.public.payments, fin.payments.public.refunds]
                    config:
                      topic.prefix: fin.payments
                      table.include.list: "public.payments, public.refunds"
                """);
        Validation.Outcome outcome = Validation.run(null, null, List.of(file));
        assertEquals(List.of(file + ":13: fin-payments-pg-cdc-source (PostgresCdcSourceV2) writes "
                + "fin.payments.public.payments, fin.payments.public.refunds (topic.prefix + table.include.list), "
                + "created by Terraform"), outcome.sourceTopics());
    }

    @Test
    void aCdcSourceDeclaringATopicItNeverWritesIsRefusedWithTheTopicsItDoesWrite() {
        Path file = department(dir, """
                topics:
                  - { name: fin.payments.v1, partitions: 6 }
                connectors:
                """ + PG + """
                    topics: [fin.payments.v1]
                    config:
                      topic.prefix: fin.payments
                      table.include.list: public.payments,public.refunds
                """);
        String create = "; or set createsTopics: true to let it create topics under fin.payments. itself (Terraform "
                + "then manages neither their partitions nor their retention)";
        assertEquals(List.of(
                at(file, 14, 5, "connectors[0].topics", "'fin-payments-pg-cdc-source' writes "
                        + "fin.payments.public.payments, fin.payments.public.refunds (topic.prefix + "
                        + "table.include.list); list them in this connector's topics and declare "
                        + "fin.payments.public.payments, fin.payments.public.refunds under topics, so Terraform "
                        + "creates them with partitions and retention" + create),
                at(file, 14, 14, "connectors[0].topics[0]", "'fin-payments-pg-cdc-source' never writes "
                        + "'fin.payments.v1': its topics are fin.payments.public.payments, "
                        + "fin.payments.public.refunds (topic.prefix + table.include.list); remove it")),
                problems(file));
    }

    @Test
    void aCdcSourceCapturingEveryTableOrAPatternMustListTablesOrCreateItsOwnTopics() {
        Path all = department(dir, "connectors:\n" + PG + """
                    config:
                      topic.prefix: fin.payments
                """);
        assertEquals(List.of(at(all, 11, 5, "connectors[0].class", "cannot tell which topics PostgresCdcSourceV2 "
                + "'fin-payments-pg-cdc-source' writes: it has no table.include.list, so it captures every table (its "
                + "topics are topic.prefix + table.include.list); list the tables in table.include.list and declare "
                + "their topics; or set createsTopics: true to let it create topics under fin.payments. itself "
                + "(Terraform then manages neither their partitions nor their retention)")), problems(all));

        Path pattern = department(dir, "connectors:\n" + PG + """
                    config:
                      topic.prefix: fin.payments
                      table.include.list: public.pay.*
                """);
        assertEquals(1, problems(pattern).size());
        assertEquals(true, problems(pattern).get(0).contains("table.include.list entry 'public.pay.*' is a pattern"),
                problems(pattern).toString());
    }

    @Test
    void createsTopicsLetsTheConnectorCreateTopicsOnlyUnderAPrefixInsideTheDepartment() {
        Path inside = department(dir, "connectors:\n" + PG + """
                    createsTopics: true
                    config:
                      topic.prefix: fin.payments
                """);
        assertEquals(List.of(inside + ":10: fin-payments-pg-cdc-source (PostgresCdcSourceV2) creates its own topics "
                + "under fin.payments. (not managed by Terraform)"),
                Validation.run(null, null, List.of(inside)).sourceTopics());

        Path outside = department(dir, "connectors:\n" + PG + """
                    createsTopics: true
                    config:
                      topic.prefix: payments
                """);
        assertEquals(List.of(at(outside, 14, 7, "connectors[0].config[\"topic.prefix\"]", "topic.prefix 'payments' "
                + "does not start with the department prefix 'fin.', so the topics this connector creates would fall "
                + "outside the department; use e.g. 'fin.payments'")), problems(outside));
    }

    @Test
    void onlySourcesCreateTopicsAndASourceMustSayWhereItWrites() {
        Path file = department(dir, """
                topics: [{ name: fin.a }]
                connectors:
                  - { name: fin-a-s3-sink, class: S3_SINK, topics: [fin.a], createsTopics: true }
                  - { name: fin-feed-http-source, class: HttpSourceV2 }
                  - { name: fin-gen-source, class: DatagenSource, topics: [fin.a], config: { kafka.topic: fin.b } }
                """);
        assertEquals(List.of(
                at(file, 11, 61, "connectors[0].createsTopics", "createsTopics is for source connectors, which write "
                        + "topics; remove it from this sink"),
                at(file, 12, 5, "connectors[1].topics", "a source connector must list the topics it writes (each "
                        + "declared under topics, so Terraform creates them); or set createsTopics: true to let it "
                        + "create topics under fin. itself (Terraform then manages neither their partitions nor their "
                        + "retention)"),
                at(file, 13, 51, "connectors[2].topics", "'fin-gen-source' writes fin.b (kafka.topic); list it in "
                        + "this connector's topics and declare fin.b under topics, so Terraform creates it with "
                        + "partitions and retention; or set createsTopics: true to let it create topics under fin. "
                        + "itself (Terraform then manages neither their partitions nor their retention)"),
                at(file, 13, 60, "connectors[2].topics[0]", "'fin-gen-source' never writes 'fin.a': its topics are "
                        + "fin.b (kafka.topic); remove it")), problems(file));
    }

    @Test
    void sqlServerTopicsNameTheDatabaseAndMySqlTopicsAreTopicPrefixPlusTheEntry() {
        Path file = department(dir, """
                topics:
                  - { name: fin.erp.ledger.dbo.entries }
                  - { name: fin.crm.sales.orders }
                connectors:
                  - name: fin-erp-sqlserver-source
                    class: SqlServerCdcSourceV2
                    topics: [fin.erp.ledger.dbo.entries]
                    config: { topic.prefix: fin.erp, database.names: ledger, table.include.list: dbo.entries }
                  - name: fin-crm-mysql-source
                    class: MySqlCdcSourceV2
                    topics: [fin.crm.sales.orders]
                    config: { topic.prefix: fin.crm, table.include.list: sales.orders }
                """);
        assertEquals(2, load(file).departments().get(0).value().connectors().size());
    }
}
