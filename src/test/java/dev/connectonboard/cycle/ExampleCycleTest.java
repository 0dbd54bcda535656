package dev.connectonboard.cycle;

import dev.connectonboard.testsupport.StandInCycle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every shipped example department through the whole cycle with real Terraform and the stand-in providers: init,
 * validate, plan, apply to local state, and a second plan with no changes; the first plan creates everything.
 */
class ExampleCycleTest {
    @TempDir
    static Path work;
    private static StandInCycle cycle;

    @BeforeAll
    static void generate() {
        cycle = StandInCycle.ofExamples(work);
        cycle.generate();
    }

    @AfterAll
    static void stop() {
        cycle.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"finance", "hr", "research"})
    void appliesAndConverges(String department) {
        StandInCycle.Plan first = cycle.root(department).converge();

        assertTrue(first.actions().size() > 10, () -> department + " plans only " + first.actions());
        first.actions().forEach((address, actions) ->
                assertEquals(List.of("create"), actions, address + " on the first apply"));
        if (department.equals("research")) {
            // self-managed: created on the workers with their declared state (the stand-in worker of this cycle)
            assertEquals(Map.of("rsch-experiments-mysql-source", "RUNNING", "rsch-papers-s3-sink", "PAUSED"),
                    cycle.root(department).workerConnectors());
        }
        System.err.println(department + ": " + first.actions().size() + " resources");
    }
}
