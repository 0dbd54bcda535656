package dev.connectonboard.quota;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Decides, without any I/O, whether every department's plan fits its limits: the platform's own policy (against
 * descriptor plus live usage) and, when online, the native Confluent Cloud quotas.
 */
public final class QuotaEngine {

    private QuotaEngine() {
    }

    /**
     * @param plans one per department; evaluated and reported in name order
     * @throws QuotaUndeterminedException when live data a decision depends on is incomplete
     */
    public static QuotaReport evaluate(String platform, String environmentId, String kafkaClusterId,
                                       List<DepartmentPlan> plans, LiveState live) {
        List<DepartmentPlan> ordered = plans.stream().sorted(Comparator.comparing(DepartmentPlan::name)).toList();
        Map<String, List<LiveConnectorUsage>> liveOnly = LiveAttribution.liveOnly(ordered, live.connectors(),
                kafkaClusterId);
        Map<String, List<LimitVerdict>> nativeVerdicts = live.isOffline() ? Map.of()
                : NativeRules.evaluate(platform, ordered, live);
        List<DepartmentVerdict> departments = new ArrayList<>();
        for (DepartmentPlan plan : ordered) {
            List<LiveConnectorUsage> own = liveOnly.get(plan.name());
            List<LimitVerdict> limits = new ArrayList<>(new PolicyRules(plan, own, kafkaClusterId).evaluate());
            limits.addAll(nativeVerdicts.getOrDefault(plan.name(), List.of()));
            departments.add(new DepartmentVerdict(plan.name(), plan.prefix(), plan.at().file(),
                    own.stream().map(LiveConnectorUsage::name).toList(), limits));
        }
        return new QuotaReport(live.isOffline(), platform, environmentId, kafkaClusterId, departments);
    }
}
