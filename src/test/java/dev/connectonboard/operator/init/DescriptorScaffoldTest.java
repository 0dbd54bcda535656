package dev.connectonboard.operator.init;

import dev.connectonboard.descriptor.InputLoader;
import dev.connectonboard.descriptor.InputSet;
import dev.connectonboard.descriptor.model.ConnectRuntime;
import dev.connectonboard.descriptor.model.Connector;
import dev.connectonboard.descriptor.model.ConnectorState;
import dev.connectonboard.descriptor.model.DepartmentOnboarding;
import dev.connectonboard.operator.status.StatusCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scaffold is valid as written, and every commented example in it is valid once uncommented. */
class DescriptorScaffoldTest {
    private static final Pattern COMMENT = Pattern.compile("^(\\s*)# (.*)$");
    private static final Pattern EXAMPLE_START = Pattern.compile("^[a-zA-Z]+:( .*)?$");

    @TempDir
    Path temp;

    /**
     * Uncomments every example: a comment whose text starts with a YAML key starts one, and the comments right below
     * it (up to a blank or uncommented line) belong to it. Prose comments never start with a key.
     */
    static String uncommentExamples(String yaml) {
        StringBuilder out = new StringBuilder();
        boolean inExample = false;
        for (String line : yaml.split("\n", -1)) {
            Matcher comment = COMMENT.matcher(line);
            if (comment.matches() && (inExample || EXAMPLE_START.matcher(comment.group(2)).matches())) {
                inExample = true;
                out.append(comment.group(1)).append(comment.group(2)).append('\n');
            } else {
                inExample = false;
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    private DepartmentOnboarding load(String yaml) throws IOException {
        Path file = temp.resolve("dept.yaml");
        Files.writeString(file, yaml);
        InputSet loaded = InputLoader.load(List.of(StatusCluster.resource("platform.yaml"),
                StatusCluster.resource("quotas.yaml"), file));
        return loaded.departments().get(0).value();
    }

    @ParameterizedTest
    @EnumSource(ConnectRuntime.class)
    void theScaffoldAsWrittenDeclaresOnlyTheDepartment(ConnectRuntime runtime) throws IOException {
        DepartmentOnboarding written = load(DescriptorScaffold.render(new NewDepartment("payments", "pay", runtime,
                "pay@example.org", temp, null)));

        assertEquals("payments", written.name());
        assertEquals("pay", written.prefix());
        assertEquals(List.of("pay@example.org"), written.department().owners());
        assertEquals(runtime, written.connect().runtime());
        assertEquals(List.of(), written.connectors());
        assertEquals(List.of(), written.topics());
    }

    @Test
    void everyManagedFeatureIsAValidExampleOnceUncommented() throws IOException {
        String scaffold = DescriptorScaffold.render(new NewDepartment("payments", "pay", ConnectRuntime.MANAGED, null,
                temp, null));

        DepartmentOnboarding full = load(uncommentExamples(scaffold));

        assertEquals("CC-0000", full.department().costCenter());
        assertEquals(List.of("pay.orders.public.orders", "pay.customers.v1"), full.topics().stream().map(t -> t.name()).toList());
        assertEquals("compact", full.topics().get(1).config().get("cleanup.policy"));
        assertEquals("orders-db", full.privateLinkEgress().get(0).name());
        assertEquals(List.of("pay-orders-archive"), full.iamRoles().get(0).s3().buckets());
        Connector source = full.connectors().get(0);
        assertEquals("orders-db", source.privateLink());
        assertEquals("pay/orders-db", source.secrets().get("database.password").awsSecretsManager().secretId());
        Connector sink = full.connectors().get(1);
        assertEquals(ConnectorState.PAUSED, sink.state());
        assertEquals("archive-writer", sink.iamRole());
        assertTrue(sink.errors().deadLetterQueue());
    }

    @Test
    void everySelfManagedFeatureIsAValidExampleOnceUncommented() throws IOException {
        String scaffold = DescriptorScaffold.render(new NewDepartment("lab", "lab", ConnectRuntime.SELF_MANAGED,
                "lab@example.org", temp, null));

        DepartmentOnboarding full = load(uncommentExamples(scaffold));

        assertEquals(2, full.connect().selfManaged().workers());
        assertEquals(30, full.connect().selfManaged().logRetentionDays());
        assertEquals(List.of(), full.iamRoles(), "self-managed workers use their task role, not iamRoles");
        assertEquals(2, full.connectors().size());
        assertEquals(null, full.connectors().get(1).iamRole());
        assertTrue(full.connectors().get(1).errors().deadLetterQueue());
        assertTrue(scaffold.contains("REPLACE the subnet and security group ids"), scaffold);
    }

    @Test
    void theExamplesUseTheDepartmentsPrefixEverywhere() {
        String scaffold = DescriptorScaffold.render(new NewDepartment("payments", "pay", ConnectRuntime.MANAGED, null,
                temp, null));

        for (String expected : List.of("#   - { name: pay.orders.public.orders", "#   - name: pay-orders-pg-cdc-source",
                "#     s3: { buckets: [pay-orders-archive]", "secretId: pay/orders-db", "#     state: paused",
                "#       deadLetterQueue: true", "owners: [payments-team@example.org]")) {
            assertTrue(scaffold.contains(expected), "missing '" + expected + "' in:\n" + scaffold);
        }
    }
}
