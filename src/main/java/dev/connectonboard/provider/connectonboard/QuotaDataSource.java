package dev.connectonboard.provider.connectonboard;

import dev.connectonboard.errors.OnboardException;
import dev.connectonboard.provider.cty.CtyType;
import dev.connectonboard.provider.schema.Attribute;
import dev.connectonboard.provider.schema.Block;
import dev.connectonboard.provider.spi.AttributePath;
import dev.connectonboard.provider.spi.Config;
import dev.connectonboard.provider.spi.DataSource;
import dev.connectonboard.provider.spi.Diagnostics;
import dev.connectonboard.quota.DepartmentVerdict;
import dev.connectonboard.quota.LimitVerdict;
import dev.connectonboard.quota.QuotaReport;
import dev.connectonboard.quota.Violation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code connectonboard_quota}: the quota gate inside {@code terraform plan}. Runs the same check as
 * {@code connect-onboard quota check} and exposes one department's limits, usage, headroom and violations; with
 * {@code enforce} (the default) every violation is an error, so the plan fails with the gate's own message.
 */
final class QuotaDataSource implements DataSource<ConfiguredProvider> {
    static final String DEPARTMENT = "department";

    private static final CtyType.ObjectOf LIMIT = CtyType.object(ordered(
            "name", CtyType.STRING, "origin", CtyType.STRING, "limit", CtyType.NUMBER, "usage", CtyType.NUMBER,
            "headroom", CtyType.NUMBER, "allowed", CtyType.list(CtyType.STRING), "passed", CtyType.BOOL));
    private static final CtyType.ObjectOf VIOLATION = CtyType.object(ordered(
            "limit", CtyType.STRING, "message", CtyType.STRING, "connector", CtyType.STRING, "source", CtyType.STRING,
            "live_only_connectors", CtyType.list(CtyType.STRING)));

    @Override
    public String typeName() {
        return "connectonboard_quota";
    }

    @Override
    public Block schema() {
        return Block.of("One department's quota verdict, computed like `connect-onboard quota check`: usage counts the "
                        + "department's descriptor plus live connectors with its prefix that no descriptor declares.",
                Attribute.required(DEPARTMENT, CtyType.STRING, "Department name, as in its descriptor."),
                Attribute.optional("enforce", CtyType.BOOL, "Fail the plan on a violation (default true); false "
                        + "reports violations as warnings and attributes only."),
                Attribute.optional("offline", CtyType.BOOL, "Check the descriptors alone, without reading Confluent "
                        + "Cloud (default false), like `quota check --offline`."),
                Attribute.computed("passed", CtyType.BOOL, "True when every limit holds."),
                Attribute.computed("mode", CtyType.STRING, "Whether live usage was read (online) or not (offline)."),
                Attribute.computed("prefix", CtyType.STRING, "The department's name prefix."),
                Attribute.computed("descriptor", CtyType.STRING, "The department's descriptor file."),
                Attribute.computed("limits", CtyType.list(LIMIT), "Every limit: its value (null when unlimited), "
                        + "the usage counted against it, the headroom left (negative when over) and whether it holds."),
                Attribute.computed("headroom", CtyType.map(CtyType.NUMBER),
                        "Headroom by limit name, for numeric limits only."),
                Attribute.computed("violations", CtyType.list(VIOLATION), "Every violation, with the descriptor "
                        + "file:line that causes it (null when live connectors alone are over)."),
                Attribute.computed("live_only_connectors", CtyType.list(CtyType.STRING),
                        "Live connectors with the department's prefix that no descriptor declares."));
    }

    @Override
    public void validate(Config config, Diagnostics diagnostics) {
        if (!config.isUnknown(DEPARTMENT) && config.string(DEPARTMENT).map(String::isBlank).orElse(true)) {
            diagnostics.error(AttributePath.attribute(DEPARTMENT), "Department name is empty",
                    "Set department to a department name from a descriptor, e.g. department = \"finance\".");
        }
    }

    @Override
    public Map<String, Object> read(Config config, ConfiguredProvider provider, Diagnostics diagnostics) {
        String department = config.string(DEPARTMENT).orElseThrow();
        boolean offline = config.bool("offline", false);
        if (provider.settings().quotasFile().isEmpty()) {
            diagnostics.error(AttributePath.attribute(DEPARTMENT), "The provider has no quota policy",
                    "connectonboard_quota needs quotas_file in the provider \"connectonboard\" block.");
            return null;
        }
        QuotaReport report;
        try {
            report = provider.quotaReport(offline);
        } catch (OnboardException failure) {
            Diagnose.failure(diagnostics, AttributePath.attribute(DEPARTMENT), "Quota of department " + department,
                    failure);
            return null;
        }
        Optional<DepartmentVerdict> found = report.departments().stream()
                .filter(verdict -> verdict.name().equals(department)).findFirst();
        if (found.isEmpty()) {
            diagnostics.error(AttributePath.attribute(DEPARTMENT), "Unknown department " + department,
                    "No descriptor given to the provider declares department '" + department + "'. Departments "
                            + "found: " + String.join(", ", report.departments().stream()
                            .map(DepartmentVerdict::name).toList()) + ".");
            return null;
        }
        DepartmentVerdict verdict = found.get();
        report(verdict, config.bool("enforce", true), diagnostics);
        return state(report, verdict);
    }

    private static void report(DepartmentVerdict verdict, boolean enforce, Diagnostics diagnostics) {
        for (LimitVerdict limit : verdict.limits()) {
            for (Violation violation : limit.violations()) {
                String summary = "Department " + verdict.name() + " exceeds its quota: " + limit.name();
                // The line `connect-onboard quota check` prints for this violation, word for word.
                String detail = verdict.name() + " / " + limit.name() + ": " + violation.message();
                if (enforce) {
                    diagnostics.error(AttributePath.attribute(DEPARTMENT), summary, detail);
                } else {
                    diagnostics.warning(AttributePath.attribute(DEPARTMENT), summary, detail);
                }
            }
        }
    }

    private static Map<String, Object> state(QuotaReport report, DepartmentVerdict verdict) {
        List<Object> limits = new ArrayList<>();
        Map<String, Object> headroom = new LinkedHashMap<>();
        List<Object> violations = new ArrayList<>();
        for (LimitVerdict limit : verdict.limits()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", limit.name());
            row.put("origin", limit.origin().name().toLowerCase(Locale.ROOT));
            row.put("limit", limit.limit());
            row.put("usage", limit.usage());
            row.put("headroom", limit.headroom());
            row.put("allowed", limit.allowed());
            row.put("passed", limit.passed());
            limits.add(row);
            if (limit.headroom() != null) {
                headroom.put(limit.name(), limit.headroom());
            }
            for (Violation violation : limit.violations()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("limit", limit.name());
                entry.put("message", violation.message());
                entry.put("connector", violation.connector());
                entry.put("source", violation.source() == null ? null : violation.source().cite());
                entry.put("live_only_connectors", violation.liveOnlyConnectors());
                violations.add(entry);
            }
        }
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("passed", verdict.passed());
        state.put("mode", report.modeNote());
        state.put("prefix", verdict.prefix());
        state.put("descriptor", verdict.descriptor() == null ? null : verdict.descriptor().toString());
        state.put("limits", limits);
        state.put("headroom", headroom);
        state.put("violations", violations);
        state.put("live_only_connectors", verdict.liveOnlyConnectors());
        return state;
    }

    static Map<String, CtyType> ordered(Object... namesAndTypes) {
        Map<String, CtyType> attributes = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            attributes.put((String) namesAndTypes[i], (CtyType) namesAndTypes[i + 1]);
        }
        return attributes;
    }
}
