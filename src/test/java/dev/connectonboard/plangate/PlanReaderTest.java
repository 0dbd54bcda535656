package dev.connectonboard.plangate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connectonboard.errors.FailureKind;
import dev.connectonboard.errors.OnboardException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the gate refuses to trust (exit 3), and where it finds a plan's department. */
class PlanReaderTest {
    @TempDir
    Path dir;

    private OnboardException refused(String json) throws IOException {
        Path file = Files.writeString(dir.resolve("plan.json"), json);
        OnboardException e = assertThrows(OnboardException.class, () -> PlanReader.read(file));
        assertEquals(FailureKind.UNDETERMINED, e.kind(), e.getMessage());
        return e;
    }

    private String valid() {
        return HandMadePlan.of("shop").topic("delete", "shop.audit").root().toString();
    }

    @Test
    void readsTheMarkerAndTheChanges() {
        TerraformPlan plan = PlanReader.read(HandMadePlan.of("shop").topic("delete", "shop.audit")
                .write(dir, "p.json"));
        assertEquals(new PlanMarker("shop", "ebs-test"), plan.marker());
        assertEquals("1.2", plan.formatVersion());
        assertEquals(1, plan.changes().size());
        ResourceChange change = plan.changes().get(0);
        assertEquals(PlanAction.DELETE, change.action());
        assertEquals(List.of("shop.audit"), change.keys());
        assertEquals("shop.audit", change.value("topic_name"));
    }

    @Test
    void refusesTruncatedJson() throws IOException {
        String json = valid();
        OnboardException e = refused(json.substring(0, json.length() / 2));
        assertTrue(e.getMessage().contains("not valid JSON (truncated or not a JSON plan)"), e.getMessage());
    }

    @Test
    void refusesContentAfterThePlan() throws IOException {
        refused(valid() + "{}");
    }

    @Test
    void refusesAnotherFormatVersionOrNone() throws IOException {
        OnboardException e = refused(valid().replace("\"format_version\":\"1.2\"", "\"format_version\":\"2.0\""));
        assertTrue(e.getMessage().contains("its format_version is 2.0; this version of connect-onboard reads plan "
                + "format 1.x"), e.getMessage());
        refused(valid().replace("\"format_version\":\"1.2\",", ""));
    }

    @Test
    void refusesAnErroredOrIncompletePlan() throws IOException {
        refused(valid().replace("{\"format_version\"", "{\"errored\":true,\"format_version\""));
        refused(valid().replace("{\"format_version\"", "{\"complete\":false,\"format_version\""));
    }

    @Test
    void refusesAPlanWithoutTheMarkerOutput() throws IOException {
        OnboardException e = refused(valid().replace(PlanMarker.OUTPUT, "something_else"));
        assertTrue(e.getMessage().contains("has no root output 'connect_onboard'"), e.getMessage());
    }

    @Test
    void refusesUnknownActionsAndChangesWithoutTheirFields() throws IOException {
        refused(valid().replace("[\"delete\"]", "[\"obliterate\"]"));
        refused(valid().replace("\"type\":\"confluent_kafka_topic\",", ""));
        refused(valid().replace("\"actions\":[\"delete\"],", ""));
    }

    @Test
    void aSensitiveMarkerIsNotRead() throws IOException {
        refused(valid().replace("\"sensitive\":false", "\"sensitive\":true"));
    }

    @Test
    void findsTheDepartmentOfAnEmptiedRootInTheOutputsValueBeforeTheChange() {
        HandMadePlan plan = HandMadePlan.of("ignored");
        ObjectNode root = plan.root();
        root.remove("planned_values");
        ObjectNode output = root.putObject("output_changes").putObject(PlanMarker.OUTPUT);
        output.putArray("actions").add("delete");
        output.putObject("before").put("department", "warehouse").put("platform", "ebs-test");
        output.putNull("after");
        output.put("before_sensitive", false);
        output.put("after_sensitive", false);
        assertEquals(new PlanMarker("warehouse", "ebs-test"), PlanReader.read(plan.write(dir, "p.json")).marker());
    }

    @Test
    void aMissingFileIsWrongUsage() {
        OnboardException e = assertThrows(OnboardException.class, () -> PlanReader.read(dir.resolve("none.json")));
        assertEquals(FailureKind.USAGE, e.kind());
    }

    @Test
    void addressKeysAreUnquoted() {
        assertEquals(List.of("0", "a.b", "x\"y"), AddressKeys.parse("module.c[0].t.n[\"a.b\"].m[\"x\\\"y\"]"));
        assertEquals(null, AddressKeys.parse("t.n[\"open"));
    }
}
