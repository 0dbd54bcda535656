package dev.connectonboard.quota;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pure engine: plans and live state in, verdicts out. */
class QuotaEngineTest {
    private static final Path FIN = Path.of("departments/finance.yaml");
    private static final DepartmentLimits ROOMY = new DepartmentLimits(10, 20, 4, 2, null);
    private static final Map<String, NativeQuota> PLENTY = Map.of(
            DepartmentFootprint.SERVICE_ACCOUNTS_PER_ORG, new NativeQuota(DepartmentFootprint.SERVICE_ACCOUNTS_PER_ORG, "SAs", 1000, 10),
            DepartmentFootprint.CLOUD_API_KEYS_PER_ORG, new NativeQuota(DepartmentFootprint.CLOUD_API_KEYS_PER_ORG, "keys", 1000, 10),
            DepartmentFootprint.API_KEYS_PER_CLUSTER, new NativeQuota(DepartmentFootprint.API_KEYS_PER_CLUSTER, "keys", 2000, 10));

    /** A plan whose connectors sit at lines 10, 20, 30... with their tasks one line below. */
    private static DepartmentPlan plan(String name, String prefix, DepartmentLimits limits, int privateLinks,
                                       Object... nameClassTasks) {
        Path file = Path.of("departments/" + name + ".yaml");
        List<DeclaredConnector> connectors = new ArrayList<>();
        for (int i = 0; i < nameClassTasks.length; i += 3) {
            int line = 10 * (i / 3 + 1);
            connectors.add(new DeclaredConnector((String) nameClassTasks[i], (String) nameClassTasks[i + 1],
                    (Integer) nameClassTasks[i + 2], new SourceRef(file, line, 5), new SourceRef(file, line + 1, 5),
                    new SourceRef(file, line + 2, 5)));
        }
        List<SourceRef> endpoints = new ArrayList<>();
        for (int i = 0; i < privateLinks; i++) {
            endpoints.add(new SourceRef(file, 100 + i, 5));
        }
        return new DepartmentPlan(name, prefix, new SourceRef(file, 4, 1), connectors, endpoints, limits);
    }

    private static LiveState live(Map<String, NativeQuota> quotas, Set<String> accounts, LiveConnectorUsage... connectors) {
        Map<String, LiveConnectorUsage> byName = new HashMap<>();
        for (LiveConnectorUsage connector : connectors) {
            byName.put(connector.name(), connector);
        }
        return LiveState.online(byName, quotas, accounts);
    }

    private static QuotaReport evaluate(LiveState live, DepartmentPlan... plans) {
        return QuotaEngine.evaluate("ebs", "env-1", "lkc-1", List.of(plans), live);
    }

    private static LimitVerdict limit(QuotaReport report, String department, String name) {
        return report.departments().stream().filter(d -> d.name().equals(department)).findFirst().orElseThrow()
                .limits().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void countsLiveConnectorsNoDescriptorDeclaresAndCitesTheEntryThatPushesOver() {
        DepartmentPlan finance = plan("finance", "fin", new DepartmentLimits(3, 20, 4, 2, null), 0,
                "fin-a", "S3_SINK", 1, "fin-b", "S3_SINK", 1, "fin-c", "S3_SINK", 1);

        QuotaReport report = evaluate(live(PLENTY, Set.of(), new LiveConnectorUsage("fin-a", "S3_SINK", 1),
                new LiveConnectorUsage("fin-manual", "S3_SINK", 1), new LiveConnectorUsage("hr-x", "S3_SINK", 1)), finance);

        LimitVerdict connectors = limit(report, "finance", "maxConnectors");
        assertEquals(4, connectors.usage(), "3 declared (fin-a counted once) + fin-manual");
        assertEquals(-1, connectors.headroom());
        Violation violation = connectors.violations().get(0);
        assertEquals("department 'finance' has 4 connectors, over maxConnectors 3: connector 'fin-c' at"
                + " departments/finance.yaml:30 is number 4, counting 1 connector(s) live in lkc-1 and not in any"
                + " descriptor (fin-manual). Remove connectors, or ask the platform team to raise maxConnectors for"
                + " finance.", violation.message());
        assertEquals(new SourceRef(Path.of("departments/finance.yaml"), 30, 5), violation.source());
        assertEquals(List.of("fin-manual"), report.departments().get(0).liveOnlyConnectors());
        assertFalse(report.passed());
    }

    @Test
    void saysWhenLiveConnectorsAloneAreOverTheLimit() {
        DepartmentPlan finance = plan("finance", "fin", new DepartmentLimits(1, 20, 4, 2, null), 0,
                "fin-a", "S3_SINK", 1);

        Violation violation = limit(evaluate(live(PLENTY, Set.of(), new LiveConnectorUsage("fin-x", "S3_SINK", 1),
                new LiveConnectorUsage("fin-y", "S3_SINK", 1)), finance), "finance", "maxConnectors").violations().get(0);

        assertEquals("department 'finance' has 3 connectors, over maxConnectors 1: 2 connectors are live in lkc-1 and"
                + " not in any descriptor (fin-x, fin-y), more than the limit on their own. Delete them in Confluent"
                + " Cloud or declare them in the descriptor, or ask the platform team to raise maxConnectors for"
                + " finance.", violation.message());
        assertNull(violation.source());
        assertEquals(List.of("fin-x", "fin-y"), violation.liveOnlyConnectors());
    }

    @Test
    void citesTheTasksLineOfTheConnectorThatTakesTheTotalOver() {
        DepartmentPlan finance = plan("finance", "fin", new DepartmentLimits(10, 6, 4, 2, null), 0,
                "fin-a", "S3_SINK", 2, "fin-b", "S3_SINK", 3, "fin-c", "S3_SINK", 1);

        LimitVerdict tasks = limit(evaluate(live(PLENTY, Set.of(), new LiveConnectorUsage("fin-live", "S3_SINK", 2)),
                finance), "finance", "maxTasks");

        assertEquals(8, tasks.usage());
        assertEquals("department 'finance' needs 8 tasks, over maxTasks 6: connector 'fin-b' at"
                + " departments/finance.yaml:21 (tasks: 3) takes the total from 4 to 7, counting 1 connector(s) live"
                + " in lkc-1 and not in any descriptor (fin-live). Lower tasks, or ask the platform team to raise"
                + " maxTasks for finance.", tasks.violations().get(0).message());
    }

    @Test
    void checksTasksPerConnectorForDeclaredAndLiveConnectors() {
        DepartmentPlan finance = plan("finance", "fin", new DepartmentLimits(10, 50, 4, 2, null), 0,
                "fin-a", "S3_SINK", 6, "fin-b", "S3_SINK", 4);

        LimitVerdict perConnector = limit(evaluate(live(PLENTY, Set.of(), new LiveConnectorUsage("fin-live", "S3_SINK", 8)),
                finance), "finance", "maxTasksPerConnector");

        assertEquals(8, perConnector.usage());
        assertEquals(List.of("department 'finance': connector 'fin-a' at departments/finance.yaml:11 asks for 6 tasks,"
                        + " over maxTasksPerConnector 4. Lower its tasks to 4 or fewer.",
                "department 'finance': connector 'fin-live' is live in lkc-1 with tasks.max 8, over"
                        + " maxTasksPerConnector 4, and not in any descriptor. Lower its tasks.max in Confluent Cloud"
                        + " or declare it."),
                perConnector.violations().stream().map(Violation::message).toList());
    }

    @Test
    void flagsForbiddenClassesPerConnector() {
        DepartmentPlan research = plan("research", "rsch", new DepartmentLimits(10, 20, 4, 2, List.of("S3_SINK")), 0,
                "rsch-a", "S3_SINK", 1, "rsch-b", "SnowflakeSink", 1);

        LimitVerdict classes = limit(evaluate(live(PLENTY, Set.of(), new LiveConnectorUsage("rsch-gen", "DatagenSource", 1)),
                research), "research", "allowedConnectorClasses");

        assertEquals(2, classes.usage());
        assertEquals(List.of("S3_SINK"), classes.allowed());
        assertEquals("department 'research': connector 'rsch-b' at departments/research.yaml:22 uses class"
                + " SnowflakeSink, which allowedConnectorClasses does not allow (allowed: S3_SINK).",
                classes.violations().get(0).message());
        assertTrue(classes.violations().get(1).message().startsWith("department 'research': connector 'rsch-gen' is"
                + " live in lkc-1 with class DatagenSource"));
    }

    @Test
    void citesThePrivateLinkEntryBeyondTheLimit() {
        DepartmentPlan finance = plan("finance", "fin", new DepartmentLimits(10, 20, 4, 1, null), 3);

        Violation violation = limit(evaluate(LiveState.offlineState(), finance), "finance", "maxPrivateLinkEndpoints")
                .violations().get(0);

        assertEquals(new SourceRef(Path.of("departments/finance.yaml"), 101, 5), violation.source());
        assertTrue(violation.message().startsWith("department 'finance' has 3 Private Link endpoints, over"
                + " maxPrivateLinkEndpoints 1: the entry at departments/finance.yaml:101 is number 2."));
    }

    @Test
    void theNameBeforeTheFirstDashPicksTheDepartment() {
        DepartmentPlan fin = plan("finance", "fin", ROOMY, 0);
        DepartmentPlan finops = plan("finops", "finops", ROOMY, 0);

        QuotaReport report = evaluate(live(PLENTY, Set.of(), new LiveConnectorUsage("fin-ops-x", "S3_SINK", 1),
                new LiveConnectorUsage("finops-x", "S3_SINK", 1), new LiveConnectorUsage("finance-x", "S3_SINK", 1),
                new LiveConnectorUsage("fin", "S3_SINK", 1)), fin, finops);

        assertEquals(List.of("fin-ops-x"), report.departments().get(0).liveOnlyConnectors());
        assertEquals(List.of("finops-x"), report.departments().get(1).liveOnlyConnectors());
    }

    @Test
    void failsClosedWhenALiveConnectorOfTheDepartmentHasNoTasksMax() {
        DepartmentPlan finance = plan("finance", "fin", ROOMY, 0);

        QuotaUndeterminedException failure = assertThrows(QuotaUndeterminedException.class, () -> evaluate(
                live(PLENTY, Set.of(), new LiveConnectorUsage("fin-broken", "S3_SINK", null)), finance));

        assertEquals("Confluent Cloud listed connector 'fin-broken' in lkc-1 without a readable connector.class or"
                + " tasks.max, so the usage of department 'finance' cannot be determined. Run the check again; if it"
                + " persists, look at the connector in the Confluent Cloud console.", failure.getMessage());
    }

    @Test
    void ignoresIncompleteLiveConnectorsOfOtherDepartments() {
        DepartmentPlan finance = plan("finance", "fin", ROOMY, 0);

        assertTrue(evaluate(live(PLENTY, Set.of(), new LiveConnectorUsage("ops-broken", null, null)), finance).passed());
    }

    @Test
    void flagsTheDepartmentWhosePlanCrossesANativeQuota() {
        Map<String, NativeQuota> nearlyFull = new HashMap<>(PLENTY);
        nearlyFull.put(DepartmentFootprint.SERVICE_ACCOUNTS_PER_ORG,
                new NativeQuota(DepartmentFootprint.SERVICE_ACCOUNTS_PER_ORG, "SAs", 1000, 994));
        Set<String> existing = Set.copyOf(DepartmentFootprint.serviceAccountNames("hr", "ebs"));

        QuotaReport report = evaluate(live(nearlyFull, existing), plan("finance", "fin", ROOMY, 0),
                plan("hr", "hr", ROOMY, 0), plan("research", "rsch", ROOMY, 0));

        assertEquals(997, limit(report, "finance", "iam.max_service_accounts.per_org").usage());
        assertEquals(997, limit(report, "hr", "iam.max_service_accounts.per_org").usage(), "hr exists: adds nothing");
        LimitVerdict research = limit(report, "research", "iam.max_service_accounts.per_org");
        assertEquals(1000, research.usage());
        assertTrue(research.passed(), "exactly at the limit fits");

        nearlyFull.put(DepartmentFootprint.SERVICE_ACCOUNTS_PER_ORG,
                new NativeQuota(DepartmentFootprint.SERVICE_ACCOUNTS_PER_ORG, "SAs", 1000, 995));
        report = evaluate(live(nearlyFull, existing), plan("finance", "fin", ROOMY, 0), plan("hr", "hr", ROOMY, 0),
                plan("research", "rsch", ROOMY, 0));
        assertTrue(limit(report, "finance", "iam.max_service_accounts.per_org").passed());
        assertEquals("department 'research' would add 3 service accounts (its generated Terraform, declared at"
                + " departments/research.yaml:4); with 995 in use and 3 added by departments checked before it, that"
                + " makes 1001, over Confluent Cloud's iam.max_service_accounts.per_org limit of 1000. Remove unused"
                + " service accounts or ask Confluent support to raise the quota.",
                limit(report, "research", "iam.max_service_accounts.per_org").violations().get(0).message());
        LimitVerdict clusterKeys = limit(report, "research", DepartmentFootprint.API_KEYS_PER_CLUSTER);
        assertEquals(14, clusterKeys.usage(), "10 in use + 2 cluster keys each for finance and research");
        assertEquals(1986, clusterKeys.headroom());
    }

    @Test
    void failsClosedWhenANativeQuotaIsMissing() {
        Map<String, NativeQuota> partial = new HashMap<>(PLENTY);
        partial.remove(DepartmentFootprint.API_KEYS_PER_CLUSTER);

        QuotaUndeterminedException failure = assertThrows(QuotaUndeterminedException.class,
                () -> evaluate(live(partial, Set.of()), plan("finance", "fin", ROOMY, 0)));

        assertTrue(failure.getMessage().startsWith("Confluent Cloud did not report the native quota"
                + " kafka.max_api_keys.per_cluster"), failure.getMessage());
    }

    @Test
    void offlineChecksDescriptorsAloneAndSaysSo() {
        QuotaReport report = evaluate(LiveState.offlineState(), plan("finance", "fin", ROOMY, 0, "fin-a", "S3_SINK", 1));

        assertTrue(report.offline());
        assertEquals(List.of("maxConnectors", "maxTasks", "maxTasksPerConnector", "maxPrivateLinkEndpoints",
                "allowedConnectorClasses"), report.departments().get(0).limits().stream().map(LimitVerdict::name).toList());
        assertTrue(report.modeNote().startsWith("offline: descriptors only"));
    }

    @Test
    void reportsDepartmentsInNameOrderWithAllLimitsOnline() {
        QuotaReport report = evaluate(live(PLENTY, Set.of()), plan("research", "rsch", ROOMY, 0),
                plan("finance", "fin", ROOMY, 0));

        assertEquals(List.of("finance", "research"), report.departments().stream().map(DepartmentVerdict::name).toList());
        assertEquals(8, report.departments().get(0).limits().size());
        assertTrue(report.passed());
        assertEquals(FIN, report.departments().get(0).descriptor());
    }
}
