package dev.connectonboard.provider.protocol;

import dev.connectonboard.provider.cty.CtyType;
import dev.connectonboard.provider.cty.CtyValues;
import dev.connectonboard.provider.cty.TypedValue;
import dev.connectonboard.provider.cty.Unknown;
import dev.connectonboard.provider.schema.Attribute;
import dev.connectonboard.provider.schema.Block;
import dev.connectonboard.provider.schema.NestedBlock;
import dev.connectonboard.provider.spi.AttributePath;
import dev.connectonboard.provider.spi.Diagnostics;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Terraform's contract for managed resources (docs/resource-instance-change-lifecycle.md in hashicorp/terraform),
 * checked before an answer leaves the provider, so a resource's mistake is reported as an error naming the
 * attribute rather than as Terraform's "Provider produced an invalid plan" or "inconsistent result after apply".
 */
final class LifecycleRules {
    private LifecycleRules() {
    }

    /**
     * A plan keeps every configured value: non-computed attributes exactly as configured, optional+computed ones
     * as configured or as in the prior state; an unknown configured value stays unknown. Nested blocks keep their
     * number of objects. Objects inside sets are not checked one by one (they cannot be paired reliably).
     */
    static void checkPlan(String typeName, Block block, Object config, Object prior, Map<String, Object> planned,
                          AttributePath path, Diagnostics diagnostics) {
        for (Attribute attribute : block.attributes()) {
            if (attribute.writeOnly()) {
                continue;
            }
            String name = attribute.name();
            Object configValue = field(config, name);
            Object plannedValue = planned.get(name);
            boolean kept;
            if (!attribute.use().computed()) {
                kept = CtyValues.equal(attribute.type(), configValue, plannedValue);
            } else if (configValue == Unknown.VALUE) {
                kept = plannedValue == Unknown.VALUE;
            } else if (attribute.use() == Attribute.Use.OPTIONAL_COMPUTED && configValue != null) {
                kept = CtyValues.equal(attribute.type(), configValue, plannedValue)
                        || CtyValues.equal(attribute.type(), field(prior, name), plannedValue);
            } else {
                kept = true;
            }
            if (!kept) {
                diagnostics.error(path.thenAttribute(name), "Provider bug: " + typeName + " planned a value other than the configured one",
                        "The plan for " + describe(path.thenAttribute(name)) + " must keep the configured value "
                                + configValue + " (planned: " + plannedValue + ").");
            }
        }
        for (NestedBlock nested : block.blocks()) {
            checkNested(typeName, nested, field(config, nested.typeName()), field(prior, nested.typeName()),
                    planned.get(nested.typeName()), path.thenAttribute(nested.typeName()), diagnostics);
        }
    }

    @SuppressWarnings("unchecked")
    private static void checkNested(String typeName, NestedBlock nested, Object config, Object prior, Object planned,
                                    AttributePath path, Diagnostics diagnostics) {
        if (config == Unknown.VALUE || planned == Unknown.VALUE) {
            return;
        }
        int configured = count(nested, config);
        int plannedCount = count(nested, planned);
        if (nested.nesting() != dev.connectonboard.provider.schema.Nesting.GROUP && configured != plannedCount) {
            diagnostics.error(path, "Provider bug: " + typeName + " changed the number of " + nested.typeName()
                    + " blocks", "The configuration has " + configured + ", the plan " + plannedCount
                    + "; nested blocks come from the configuration only.");
            return;
        }
        switch (nested.nesting()) {
            case SINGLE, GROUP -> {
                if (planned != null) {
                    checkPlan(typeName, nested.block(), config, prior, (Map<String, Object>) planned, path,
                            diagnostics);
                }
            }
            case LIST -> {
                List<Object> list = (List<Object>) planned;
                for (int i = 0; i < list.size(); i++) {
                    checkPlan(typeName, nested.block(), ((List<Object>) config).get(i), element(prior, i),
                            (Map<String, Object>) list.get(i), path.thenIndex(i), diagnostics);
                }
            }
            case MAP -> ((Map<String, Object>) planned).forEach((key, element) -> checkPlan(typeName, nested.block(),
                    field(config, key), field(prior, key), (Map<String, Object>) element, path.thenKey(key),
                    diagnostics));
            case SET -> {
                // set objects cannot be paired one by one; the count was checked above
            }
        }
    }

    /** The first place, if any, where a new state still holds an unknown value. */
    static Optional<AttributePath> firstUnknown(CtyType type, Object value, AttributePath path) {
        if (value == Unknown.VALUE) {
            return Optional.of(path);
        }
        if (value == null || type instanceof CtyType.Primitive) {
            return Optional.empty();
        }
        if (type instanceof CtyType.ObjectOf object) {
            Map<?, ?> map = (Map<?, ?>) value;
            for (Map.Entry<String, CtyType> attribute : object.attributes().entrySet()) {
                Optional<AttributePath> found = firstUnknown(attribute.getValue(), map.get(attribute.getKey()),
                        path.thenAttribute(attribute.getKey()));
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        return CtyValues.isWhollyKnown(value) ? Optional.empty() : Optional.of(path);
    }

    /**
     * The first place, if any, where a new state differs from a known value of the plan it applied. Unknown
     * planned values accept any value; sets that held unknowns are not compared element by element.
     */
    static Optional<AttributePath> firstBrokenPromise(CtyType type, Object planned, Object actual,
                                                      AttributePath path) {
        if (planned == Unknown.VALUE) {
            return Optional.empty();
        }
        if (planned == null || actual == null || actual == Unknown.VALUE || type instanceof CtyType.Primitive) {
            return CtyValues.equal(type, planned, actual) ? Optional.empty() : Optional.of(path);
        }
        if (type instanceof CtyType.ObjectOf object) {
            for (Map.Entry<String, CtyType> attribute : object.attributes().entrySet()) {
                String name = attribute.getKey();
                Optional<AttributePath> found = firstBrokenPromise(attribute.getValue(), ((Map<?, ?>) planned).get(name),
                        ((Map<?, ?>) actual).get(name), path.thenAttribute(name));
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        if (type instanceof CtyType.MapOf map) {
            Map<?, ?> plannedMap = (Map<?, ?>) planned;
            Map<?, ?> actualMap = (Map<?, ?>) actual;
            if (!plannedMap.keySet().equals(actualMap.keySet())) {
                return Optional.of(path);
            }
            for (Map.Entry<?, ?> entry : plannedMap.entrySet()) {
                String key = String.valueOf(entry.getKey());
                Optional<AttributePath> found = firstBrokenPromise(map.element(), entry.getValue(),
                        actualMap.get(key), path.thenKey(key));
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        if (type instanceof CtyType.ListOf list) {
            List<?> plannedList = (List<?>) planned;
            List<?> actualList = (List<?>) actual;
            if (plannedList.size() != actualList.size()) {
                return Optional.of(path);
            }
            for (int i = 0; i < plannedList.size(); i++) {
                Optional<AttributePath> found = firstBrokenPromise(list.element(), plannedList.get(i),
                        actualList.get(i), path.thenIndex(i));
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        if (type instanceof CtyType.SetOf) {
            if (!CtyValues.isWhollyKnown(planned)) {
                return Optional.empty();
            }
            return CtyValues.equal(type, planned, actual) ? Optional.empty() : Optional.of(path);
        }
        if (planned instanceof TypedValue typed && !CtyValues.isWhollyKnown(typed.value())) {
            return Optional.empty();
        }
        return CtyValues.equal(type, planned, actual) ? Optional.empty() : Optional.of(path);
    }

    static String describe(AttributePath path) {
        StringBuilder text = new StringBuilder();
        for (AttributePath.Step step : path.steps()) {
            if (step.attribute() != null) {
                text.append(text.isEmpty() ? "" : ".").append(step.attribute());
            } else if (step.key() != null) {
                text.append("[\"").append(step.key()).append("\"]");
            } else {
                text.append('[').append(step.index()).append(']');
            }
        }
        return text.isEmpty() ? "the resource" : text.toString();
    }

    private static int count(NestedBlock nested, Object value) {
        if (value == null) {
            return 0;
        }
        return switch (nested.nesting()) {
            case LIST, SET -> ((Collection<?>) value).size();
            case MAP -> ((Map<?, ?>) value).size();
            case SINGLE, GROUP -> 1;
        };
    }

    private static Object element(Object list, int index) {
        return list instanceof List<?> l && index < l.size() ? l.get(index) : null;
    }

    private static Object field(Object object, String name) {
        return object instanceof Map<?, ?> map ? map.get(name) : null;
    }
}
