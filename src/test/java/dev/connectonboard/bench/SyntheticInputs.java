package dev.connectonboard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes N departments of M connectors with every feature on, plus a platform file and a quota policy. */
final class SyntheticInputs {
    private SyntheticInputs() {
    }

    static Path platform(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path quotas = dir.resolve("quotas.yaml");
        Files.writeString(quotas, """
                apiVersion: connect-onboard/v1
                kind: QuotaPolicy
                defaults:
                  maxConnectors: 50
                  maxTasks: 200
                  maxTasksPerConnector: 8
                  maxPrivateLinkEndpoints: 4
                  allowedConnectorClasses: [S3_SINK, PostgresCdcSourceV2, SnowflakeSink]
                """);
        Path platform = dir.resolve("platform.yaml");
        Files.writeString(platform, """
                apiVersion: connect-onboard/v1
                kind: Platform
                name: bench
                confluent:
                  organizationId: 0b3c5a8e-1111-2222-3333-444455556666
                  environmentId: env-7q2x9m
                  kafkaCluster: { id: lkc-5k3p2d, restEndpoint: "https://lkc-5k3p2d.eu-west-1.aws.confluent.cloud:443" }
                  cloud: AWS
                  region: eu-west-1
                  egressGatewayId: gw-4v8n1c
                  operatorConnectorRole: ConnectManager
                aws: { accountId: "123456789012", region: eu-west-1 }
                terraform:
                  confluentProviderVersion: "~> 2.50"
                  awsProviderVersion: "~> 5.100"
                  backend:
                    s3: { bucket: ebs-tf-state, region: eu-west-1, dynamodbTable: ebs-tf-locks, keyPrefix: connect/ }
                  quotaGate: { quotasFile: quotas.yaml }
                selfManagedConnect:
                  workerImages:
                    - name: connect-7-9
                      image: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/ebs/connect-worker:7.9.1-1
                      kafkaVersion: "3.9.1"
                      configProvider: { class: io.confluent.csid.config.provider.aws.SecretsManagerConfigProvider, version: "1.0.19" }
                      plugins:
                        - { class: io.confluent.connect.s3.S3SinkConnector, version: "10.5.17" }
                        - { class: io.debezium.connector.postgresql.PostgresConnector, version: "2.4.2" }
                        - { class: com.snowflake.kafka.connector.SnowflakeSinkConnector, version: "2.2.2" }
                  rest:
                    vpcId: vpc-0a1b2c3d4e5f60718
                    subnetIds: [subnet-0c1d2e3f]
                    deployCidrs: [10.40.8.0/24]
                    certificateArn: arn:aws:acm:eu-west-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b
                    privateZoneId: Z0123456789ABCDEFGHIJ
                    domain: connect.internal.example.org
                """);
        return platform;
    }

    static Path departments(Path dir, int departments, int connectorsEach) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("departments"));
        for (int d = 0; d < departments; d++) {
            Files.writeString(folder.resolve("dept" + d + ".yaml"), department(d, connectorsEach));
        }
        return folder;
    }

    private static String department(int index, int connectors) {
        String prefix = "d" + index + "x";
        boolean selfManaged = index % 4 == 3;
        StringBuilder yaml = new StringBuilder()
                .append("apiVersion: connect-onboard/v1\nkind: DepartmentOnboarding\n")
                .append("department: { name: dept").append(index).append(", prefix: ").append(prefix)
                .append(", owners: [team").append(index).append("@example.org], costCenter: CC-").append(index)
                .append(" }\n");
        if (selfManaged) {
            yaml.append("connect:\n  runtime: self-managed\n  selfManaged: { workers: 2, image: "
                    + "connect-7-9, cpu: 1024, memory: 2048, subnetIds: [subnet-0a1b2c3d],"
                    + " securityGroupIds: [sg-0a1b2c3d] }\n");
        } else {
            yaml.append("connect: { runtime: managed }\n");
        }
        yaml.append("topics:\n");
        for (int c = 0; c < connectors; c++) {
            yaml.append("  - { name: ").append(topic(prefix, c)).append(", partitions: 6, retentionHours: 168 }\n");
        }
        if (!selfManaged) {
            yaml.append("privateLinkEgress:\n  - name: db\n    vpcEndpointServiceName: "
                    + "com.amazonaws.vpce.eu-west-1.vpce-svc-0123456789abcdef0\n    dnsDomains: [db.")
                    .append(prefix).append(".example.org]\n");
            yaml.append("iamRoles:\n  - { name: archive, s3: { buckets: [").append(prefix)
                    .append("-archive], access: write } }\n");
        }
        yaml.append("connectors:\n");
        for (int c = 0; c < connectors; c++) {
            String name = prefix + "-conn" + c;
            switch (c % 3) {
                case 0 -> yaml.append("  - name: ").append(name).append("\n    class: S3_SINK\n    tasks: 2\n")
                        .append("    topics: [").append(prefix).append(".topic").append(c).append("]\n")
                        .append(selfManaged ? "" : "    iamRole: archive\n")
                        .append("    config: { s3.bucket.name: ").append(prefix).append("-archive, flush.size: 1000,"
                                + " output.data.format: PARQUET, table.name.format: \"${topic}\" }\n")
                        .append("    errors: { tolerance: all, deadLetterQueue: true }\n");
                case 1 -> yaml.append("  - name: ").append(name).append("\n    class: PostgresCdcSourceV2\n")
                        .append("    topics: [").append(topic(prefix, c)).append("]\n")
                        .append(selfManaged ? "" : "    privateLink: db\n")
                        .append("    config: { database.hostname: db.").append(prefix).append(".example.org,"
                                + " database.port: 5432, database.user: cdc, database.dbname: app, topic.prefix: ")
                        .append(prefix).append(".cdc").append(c).append(", table.include.list: public.t").append(c)
                        .append(" }\n")
                        .append("    secrets:\n      database.password: { awsSecretsManager: { secretId: ")
                        .append(prefix).append("/db, key: password } }\n");
                default -> yaml.append("  - name: ").append(name).append("\n    class: SnowflakeSink\n")
                        .append("    state: paused\n    topics: [").append(prefix).append(".topic").append(c)
                        .append("]\n    config: { snowflake.user.name: LOADER, snowflake.url.name: "
                                + "\"https://acme.snowflakecomputing.com:443\", snowflake.database.name: DB,"
                                + " snowflake.schema.name: RAW }\n")
                        .append("    secrets:\n      snowflake.private.key: { awsSecretsManager: { secretId: ")
                        .append(prefix).append("/sf, key: key } }\n");
            }
        }
        return yaml.toString();
    }

    /** A CDC source writes topic.prefix.schema.table for each table.include.list entry: its topic is named so. */
    private static String topic(String prefix, int connector) {
        return connector % 3 == 1 ? prefix + ".cdc" + connector + ".public.t" + connector : prefix + ".topic" + connector;
    }
}
