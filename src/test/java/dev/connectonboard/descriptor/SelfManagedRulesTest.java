package dev.connectonboard.descriptor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.connectonboard.descriptor.Inputs.at;
import static dev.connectonboard.descriptor.Inputs.load;
import static dev.connectonboard.descriptor.Inputs.problems;
import static dev.connectonboard.descriptor.Inputs.resource;
import static dev.connectonboard.descriptor.Inputs.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A self-managed department against the platform's worker images, and the catalog's settings of each class. */
class SelfManagedRulesTest {
    private static final String IMAGES = """
            selfManagedConnect:
              workerImages:
                - name: connect-7-9
                  image: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/ebs/connect-worker:7.9.1-1
                  kafkaVersion: "3.9.1"
                  configProvider: { class: io.confluent.csid.config.provider.aws.SecretsManagerConfigProvider, version: "1.0.19" }
                  plugins:
                    - { class: io.confluent.connect.s3.S3SinkConnector, version: "10.5.17" }
              rest:
                vpcId: vpc-0a1b2c3d4e5f60718
                subnetIds: [subnet-0c1d2e3f]
                deployCidrs: [10.40.8.0/24]
                certificateArn: arn:aws:acm:eu-west-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b
                privateZoneId: Z0123456789ABCDEFGHIJ
                domain: connect.internal.example.org
            """;
    private static final String HEADER = """
            apiVersion: connect-onboard/v1
            kind: DepartmentOnboarding
            department: { name: research, prefix: rsch, owners: [r@example.org] }
            connect:
              runtime: self-managed
              selfManaged: { workers: 1, image: %s, cpu: 512, memory: 1024, subnetIds: [subnet-0a1b2c3d],
                             securityGroupIds: [sg-0a1b2c3d] }
            topics: [{ name: rsch.a }]
            iamRoles: [{ name: writer, s3: { buckets: [rsch-archive], access: write } }]
            """;

    @TempDir
    Path dir;

    private Path platform(boolean withImages) throws IOException {
        Path base = resource(dir, "platform.yaml");
        if (withImages) {
            Files.writeString(base, Files.readString(base) + IMAGES);
        }
        return base;
    }

    private Path research(String image, String connectors) {
        return write(dir, "research.yaml", HEADER.formatted(image) + "connectors:\n" + connectors);
    }

    @Test
    void acceptsAConnectorWhoseClassIsInTheImageAndItsIamRoleThroughTheTaskRole() throws IOException {
        Path research = research("connect-7-9", "  - { name: rsch-sink, class: S3_SINK, topics: [rsch.a], "
                + "iamRole: writer, config: { s3.bucket.name: rsch-archive, flush.size: 100 } }\n");
        assertEquals("writer", load(platform(true), research).departments().get(0).value().connectors().get(0)
                .iamRole());
    }

    @Test
    void refusesAConnectorWhoseClassIsNotInItsImage() throws IOException {
        Path research = research("connect-7-9", "  - { name: rsch-cdc, class: MySqlCdcSourceV2, topics: [rsch.a], createsTopics: true, "
                + "config: { database.hostname: db.example.org, database.user: cdc, topic.prefix: rsch.cdc },\n"
                + "      secrets: { database.password: { awsSecretsManager: { secretId: rsch/db, key: pw } } } }\n");
        assertEquals(List.of(at(research, 11, 23, "connectors[0].class", "connector class 'MySqlCdcSourceV2'"
                + " (io.debezium.connector.mysql.MySqlConnector on the workers) is not installed in worker image"
                + " 'connect-7-9', which holds io.confluent.connect.s3.S3SinkConnector; ask the platform team to add"
                + " the plugin to the image, or choose an image that has it")), problems(platform(true), research));
    }

    @Test
    void refusesASelfManagedDepartmentOnAPlatformWithoutImages() throws IOException {
        Path research = research("connect-7-9", "  - { name: rsch-sink, class: S3_SINK, topics: [rsch.a], "
                + "config: { s3.bucket.name: rsch-archive, flush.size: 100 } }\n");
        assertEquals(List.of(at(research, 5, 3, "connect.runtime", "the platform 'ebs-test' declares no "
                + "self-managed worker image; ask the platform team to add selfManagedConnect.workerImages to the "
                + "platform file (see examples/connect-worker/Dockerfile), or use runtime: managed")),
                problems(platform(false), research));
    }

    @Test
    void refusesAnImageThePlatformDoesNotDeclareWithASuggestion() throws IOException {
        Path research = research("connect-7-8", "  - { name: rsch-sink, class: S3_SINK, topics: [rsch.a], "
                + "config: { s3.bucket.name: rsch-archive, flush.size: 100 } }\n");
        assertEquals(List.of(at(research, 6, 30, "connect.selfManaged.image", "worker image 'connect-7-8' is not one"
                + " the platform 'ebs-test' declares (connect-7-9); did you mean 'connect-7-9'?")),
                problems(platform(true), research));
    }

    @Test
    void refusesMissingRequiredSettingsAndIamRolesOnClassesThatCannotAssumeThem() {
        Path research = research("connect-7-9", "  - { name: rsch-sink, class: S3_SINK, topics: [rsch.a], "
                + "config: { s3.bucket.name: rsch-archive } }\n"
                + "  - { name: rsch-cdc, class: io.debezium.connector.mysql.MySqlConnector, topics: [rsch.a],"
                + " iamRole: writer,\n      config: { database.hostname: db.example.org, database.user: cdc, topic.prefix: rsch.cdc },\n"
                + "      secrets: { database.password: { awsSecretsManager: { secretId: rsch/db, key: pw } } } }\n");
        List<String> problems = problems(research);
        assertEquals(List.of(
                at(research, 11, 58, "connectors[0].config", "io.confluent.connect.s3.S3SinkConnector needs "
                        + "'flush.size' under config"),
                at(research, 12, 92, "connectors[1].iamRole", "on self-managed workers only "
                        + "io.confluent.connect.s3.S3SinkConnector assumes an IAM role (with the workers' task role);"
                        + " remove iamRole from this connector")),
                problems.stream().filter(p -> !p.contains("looks sensitive")).sorted().toList());
    }
}
