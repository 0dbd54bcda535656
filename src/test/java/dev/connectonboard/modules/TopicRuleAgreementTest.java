package dev.connectonboard.modules;

import dev.connectonboard.cli.CliTestSupport;
import dev.connectonboard.cli.CliTestSupport.CliResult;
import dev.connectonboard.descriptor.Inputs;
import dev.connectonboard.testsupport.StandInCycle;
import dev.connectonboard.testsupport.TerraformCli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One topic rule, four places: for each candidate name, validate, modules/topics, the connectors' ACLs
 * (modules/access-policy) and the operators' role binding ({@code topic=<prefix>.*}) all accept it or all refuse it.
 * Before the rule was one, validate accepted {@code hr-workday}, which modules/topics refused and neither the ACLs'
 * validation nor the binding covered.
 */
class TopicRuleAgreementTest {
    @TempDir
    static Path work;
    @TempDir
    static Path descriptors;
    private static StandInCycle cycle;
    private static StandInCycle.Root root;
    private static String bindingPrefix;

    @BeforeAll
    static void initHarness() throws IOException {
        cycle = StandInCycle.empty(work);
        cycle.write("generated/topic-rule/main.tf",
                Files.readString(Harness.HARNESSES.resolve("topic-rule/main.tf")));
        root = cycle.root("topic-rule");
        root.init();
        StandInCycle.Plan baseline = root.plan("-var", "topic=hr.workday", "-var", "modules=[\"access-policy\"]");
        String pattern = baseline.planned().output("operator_topic_binding").asText();
        assertTrue(pattern.endsWith("/topic=hr.*"), pattern);
        bindingPrefix = pattern.substring(pattern.indexOf("/topic=") + "/topic=".length(), pattern.length() - 1);
    }

    @AfterAll
    static void stop() {
        if (cycle != null) {
            cycle.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"hr.workday", "hr.a-b_c.v1", "hr-workday", "hrx.workday", "fin.ledger", "workday.hr",
            "HR.workday", "hr_workday"})
    void validateModulesAclsAndRoleBindingAgree(String topic) throws IOException {
        boolean validates = validates(topic);
        boolean topicsModule = plans(topic, "topics");
        boolean acls = plans(topic, "access-policy");
        boolean binding = topic.startsWith(bindingPrefix);

        String verdicts = topic + ": validate " + validates + ", modules/topics " + topicsModule + ", ACLs " + acls
                + ", role binding covers " + binding;
        assertEquals(validates, topicsModule, verdicts);
        assertEquals(validates, acls, verdicts);
        assertEquals(validates, binding, verdicts);
        assertEquals(topic.startsWith("hr."), validates, verdicts);
    }

    private static boolean validates(String topic) throws IOException {
        Path file = Files.writeString(descriptors.resolve("hr.yaml"), Inputs.DEPARTMENT_HEADER
                .replace("name: finance", "name: hr").replace("prefix: fin", "prefix: hr")
                + "topics:\n  - { name: " + topic + ", partitions: 1 }\n");
        CliResult result = CliTestSupport.run("validate", file);
        assertTrue(result.exitCode() == 0 || result.err().contains("topics[0].name: topic '" + topic + "' does not "
                + "start with the department prefix 'hr.'"), result.toString());
        return result.exitCode() == 0;
    }

    private static boolean plans(String topic, String module) {
        TerraformCli.Result plan = root.attempt("plan", "-input=false", "-no-color", "-var", "topic=" + topic,
                "-var", "modules=[\"" + module + "\"]");
        assertTrue(plan.ok() || plan.output().contains("Invalid value for variable"), plan.output());
        return plan.ok();
    }
}
