package dev.connectonboard.plangate;

import dev.connectonboard.cli.CliTestSupport;
import dev.connectonboard.cli.CliTestSupport.CliResult;
import dev.connectonboard.errors.FailureKind;
import dev.connectonboard.errors.OnboardException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A fresh plan applies only when it plans exactly the approved changes. */
class PlanComparisonTest {
    @TempDir
    Path dir;

    private static HandMadePlan reviewed() {
        return HandMadePlan.of("shop").topic("create", "shop.returns")
                .topic(List.of("update"), "department", "shop.orders", 6, 12).noOps(3);
    }

    @Test
    void theSameChangesMatchWhateverTheNoOps() {
        PlanComparison.Result result = new PlanComparison().compare(reviewed().write(dir, "a.json"),
                HandMadePlan.of("shop").topic("create", "shop.returns")
                        .topic(List.of("update"), "department", "shop.orders", 6, 12).noOps(7).write(dir, "b.json"));
        assertTrue(result.same(), result.differences()::toString);
        assertEquals(2, result.changes());
    }

    @Test
    void anExtraChangeAnotherActionOtherValuesAndAMissingChangeDiffer() {
        HandMadePlan fresh = HandMadePlan.of("shop")
                .topic(List.of("update"), "department", "shop.orders", 6, 24)
                .topic("delete", "shop.audit");
        PlanComparison.Result result = new PlanComparison().compare(reviewed().write(dir, "a.json"),
                fresh.write(dir, "b.json"));
        assertEquals(List.of(
                HandMadePlan.TOPICS + ".confluent_kafka_topic.department[\"shop.orders\"]: update with other planned "
                        + "values than approved",
                HandMadePlan.TOPICS + ".confluent_kafka_topic.department[\"shop.audit\"]: delete is not in the "
                        + "approved plan",
                HandMadePlan.TOPICS + ".confluent_kafka_topic.department[\"shop.returns\"]: the approved create is no "
                        + "longer planned"), result.differences());

        PlanComparison.Result replaced = new PlanComparison().compare(reviewed().write(dir, "c.json"),
                HandMadePlan.of("shop").topic("create", "shop.returns")
                        .topic(List.of("delete", "create"), "department", "shop.orders", 6, 12).write(dir, "d.json"));
        assertEquals(List.of(HandMadePlan.TOPICS + ".confluent_kafka_topic.department[\"shop.orders\"]: approved "
                + "update, now replace"), replaced.differences());
    }

    @Test
    void plansOfTwoDepartmentsAreWrongUsage() {
        OnboardException e = assertThrows(OnboardException.class, () -> new PlanComparison().compare(
                reviewed().write(dir, "a.json"), HandMadePlan.of("warehouse").write(dir, "b.json")));
        assertEquals(FailureKind.USAGE, e.kind());
    }

    @Test
    void theCommandExitsOneOnADifferenceAndShowsNoValue() {
        HandMadePlan fresh = reviewed();
        fresh.change(HandMadePlan.ACCOUNTS, "confluent_api_key", "operators", null, List.of("create", "delete"),
                HandMadePlan.JSON.createObjectNode().put("secret", "PLANTED-VALUE"),
                HandMadePlan.JSON.createObjectNode().put("secret", "PLANTED-VALUE-2"));
        CliResult result = CliTestSupport.run("plan", "compare", "--approved", reviewed().write(dir, "a.json"),
                "--plan", fresh.write(dir, "b.json"));
        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.out().startsWith("plan compare FAILED: department shop plans 1 difference"), result::toString);
        assertFalse(result.out().contains("PLANTED"), result::toString);
        CliResult same = CliTestSupport.run("plan", "compare", "--approved", dir.resolve("a.json"), "--plan",
                dir.resolve("a.json"));
        assertEquals(0, same.exitCode(), same::toString);
        assertEquals("plan compare: department shop plans the 2 changes that were approved\n", same.out());
    }
}
