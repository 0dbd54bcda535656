package dev.connectonboard.quota.report;

import dev.connectonboard.quota.DepartmentVerdict;
import dev.connectonboard.quota.LimitVerdict;
import dev.connectonboard.quota.QuotaReport;
import dev.connectonboard.quota.Violation;
import dev.connectonboard.report.JunitXml;

import java.util.stream.Collectors;

/**
 * JUnit XML as CI systems read it: one test suite per department, one test case per limit, a failure per limit
 * that does not hold. Offline runs say so in the suite names, a property and system-out. Written through
 * {@link JunitXml}, so every value is escaped.
 */
final class JunitReport {

    private JunitReport() {
    }

    static String render(QuotaReport report) {
        String mode = report.offline() ? " (offline, descriptors only)" : "";
        JunitXml xml = JunitXml.named("connect-onboard quota check" + mode);
        xml.totals(count(report), failedLimits(report));
        for (DepartmentVerdict department : report.departments()) {
            JunitXml.Suite suite = xml.suite("quota." + department.name() + mode);
            suite.totals(department.limits().size(), department.limits().stream().filter(l -> !l.passed()).count());
            suite.property("mode", report.offline() ? "offline" : "online")
                    .property("platform", report.platform())
                    .property("kafkaClusterId", report.kafkaClusterId())
                    .property("descriptor", department.descriptor().toString());
            for (LimitVerdict limit : department.limits()) {
                JunitXml.TestCase testcase = suite.testcase("quota." + department.name(), limit.name());
                if (!limit.passed()) {
                    testcase.failure("QuotaViolation", limit.violations().get(0).message(),
                            limit.violations().stream().map(JunitReport::detail).collect(Collectors.joining("\n")));
                }
                testcase.systemOut("limit " + Cells.limit(limit) + ", usage " + limit.usage() + ", headroom "
                        + Cells.headroom(limit) + "; " + report.modeNote());
            }
        }
        return xml.render();
    }

    private static String detail(Violation violation) {
        return (violation.source() == null ? "" : violation.source().cite() + ": ") + violation.message();
    }

    private static int count(QuotaReport report) {
        return report.departments().stream().mapToInt(department -> department.limits().size()).sum();
    }

    private static long failedLimits(QuotaReport report) {
        return report.departments().stream().flatMap(department -> department.limits().stream())
                .filter(limit -> !limit.passed()).count();
    }
}
