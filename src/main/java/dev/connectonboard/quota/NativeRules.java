package dev.connectonboard.quota;

import dev.connectonboard.quota.LimitVerdict.Origin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Holds each department's plan against native Confluent Cloud quotas (service accounts and Cloud API keys per
 * organization, API keys per cluster). Departments are taken in name order and their additions accumulate, so the
 * department whose plan would cross a limit is the one flagged, with what the ones before it add.
 */
final class NativeRules {
    private static final List<String> CODES = List.of(DepartmentFootprint.SERVICE_ACCOUNTS_PER_ORG,
            DepartmentFootprint.API_KEYS_PER_CLUSTER, DepartmentFootprint.CLOUD_API_KEYS_PER_ORG);

    private NativeRules() {
    }

    /** Verdicts by department name, in {@link #CODES} order. */
    static Map<String, List<LimitVerdict>> evaluate(String platform, List<DepartmentPlan> plans, LiveState live) {
        Map<String, List<LimitVerdict>> verdicts = new HashMap<>();
        plans.forEach(plan -> verdicts.put(plan.name(), new ArrayList<>()));
        for (String code : CODES) {
            NativeQuota quota = live.nativeQuota(code).orElseThrow(() -> new QuotaUndeterminedException(
                    "Confluent Cloud did not report the native quota " + code + ", so whether the plan fits cannot be"
                            + " determined. Check that the Cloud API key may read organization and cluster quotas."));
            int plannedBefore = 0;
            for (DepartmentPlan plan : plans) {
                int adds = DepartmentFootprint.additions(plan.prefix(), platform, live.serviceAccountNames()).of(code);
                int usage = quota.usage() + plannedBefore + adds;
                List<Violation> violations = new ArrayList<>();
                if (adds > 0 && usage > quota.limit()) {
                    violations.add(new Violation("department '" + plan.name() + "' would add " + adds + " "
                            + what(code) + " (its generated Terraform, declared at " + plan.at().cite() + "); with "
                            + quota.usage() + " in use and " + plannedBefore + " added by departments checked before"
                            + " it, that makes " + usage + ", over Confluent Cloud's " + code + " limit of "
                            + quota.limit() + ". Remove unused " + what(code) + " or ask Confluent support to raise"
                            + " the quota.", null, plan.at(), List.of()));
                }
                verdicts.get(plan.name()).add(LimitVerdict.numeric(code, Origin.CONFLUENT, quota.limit(), usage,
                        violations));
                plannedBefore += adds;
            }
        }
        return verdicts;
    }

    private static String what(String code) {
        return switch (code) {
            case DepartmentFootprint.SERVICE_ACCOUNTS_PER_ORG -> "service accounts";
            case DepartmentFootprint.API_KEYS_PER_CLUSTER -> "Kafka cluster API keys";
            case DepartmentFootprint.CLOUD_API_KEYS_PER_ORG -> "Cloud API keys";
            default -> code;
        };
    }
}
