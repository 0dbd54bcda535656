package dev.connectonboard.plangate;

import java.nio.file.Path;
import java.util.List;

/**
 * The gate's verdict on one department's plan.
 *
 * @param descriptor  the department's descriptor; null when no descriptor declares it any more (removed)
 * @param prefix      from the descriptor; null when removed
 * @param offboarding the descriptor acknowledges the department's removal
 * @param findings    every change that is not a no-op, worst effect first
 * @param unchanged   resource instances the plan leaves as they are (no-op, read)
 */
public record DepartmentPlanVerdict(String name, String prefix, Path descriptor, Path plan, String terraformVersion,
                                    boolean offboarding, List<Finding> findings,
                                    List<UnmatchedAcknowledgement> unmatchedAcknowledgements, int unchanged) {

    public DepartmentPlanVerdict {
        findings = List.copyOf(findings);
        unmatchedAcknowledgements = List.copyOf(unmatchedAcknowledgements);
    }

    public boolean removed() {
        return descriptor == null;
    }

    public boolean passed() {
        return findings.stream().noneMatch(Finding::blocking);
    }

    public List<Finding> findings(Effect effect) {
        return findings.stream().filter(f -> f.effect() == effect).toList();
    }

    public long blockingCount() {
        return findings.stream().filter(Finding::blocking).count();
    }

    public long acknowledgedCount() {
        return findings.stream().filter(f -> f.acknowledgement() != null).count();
    }
}
