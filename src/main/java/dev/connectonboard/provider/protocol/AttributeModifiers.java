package dev.connectonboard.provider.protocol;

import dev.connectonboard.provider.cty.CtyType;
import dev.connectonboard.provider.cty.Unknown;
import dev.connectonboard.provider.schema.Attribute;
import dev.connectonboard.provider.schema.Block;
import dev.connectonboard.provider.schema.Nesting;
import dev.connectonboard.provider.schema.NestedBlock;
import dev.connectonboard.provider.spi.AttributePath;
import dev.connectonboard.provider.spi.AttributePlan;
import dev.connectonboard.provider.spi.Diagnostics;
import dev.connectonboard.provider.spi.PlanModifier;
import dev.connectonboard.provider.spi.Values;

import java.util.List;
import java.util.Map;

/**
 * Runs the schema's plan modifiers over a plan, depth first, each with the configured, prior and planned value of
 * its attribute or block. Objects inside sets have no path step in the protocol, so a replacement asked for inside a
 * set is reported on the set itself.
 */
final class AttributeModifiers {
    private final boolean creating;
    private final Values resourceConfig;
    private final Diagnostics diagnostics;
    private final List<AttributePath> requiresReplace;

    private AttributeModifiers(boolean creating, Values resourceConfig, Diagnostics diagnostics,
                               List<AttributePath> requiresReplace) {
        this.creating = creating;
        this.resourceConfig = resourceConfig;
        this.diagnostics = diagnostics;
        this.requiresReplace = requiresReplace;
    }

    /** Changes {@code planned} in place; adds the paths that force replacement to {@code requiresReplace}. */
    static void run(Block schema, Map<String, Object> config, Map<String, Object> prior, Map<String, Object> planned,
                    Diagnostics diagnostics, List<AttributePath> requiresReplace) {
        new AttributeModifiers(prior == null, Values.of(config), diagnostics, requiresReplace)
                .block(schema, config, prior, planned, new AttributePath(List.of()), null);
    }

    private void block(Block block, Map<String, Object> config, Map<String, Object> prior,
                       Map<String, Object> planned, AttributePath path, AttributePath setPath) {
        attributes(block.attributes(), config, prior, planned, path, setPath);
        for (NestedBlock nested : block.blocks()) {
            AttributePath here = path.thenAttribute(nested.typeName());
            String name = nested.typeName();
            modify(nested.planModifiers(), nested.valueType(), config, prior, planned, name, here, setPath);
            elements(nested.nesting(), nested.block().attributes(), field(config, name), field(prior, name),
                    planned.get(name), here, setPath,
                    (c, p, pl, at, inSet) -> block(nested.block(), c, p, pl, at, inSet));
        }
    }

    private void attributes(List<Attribute> attributes, Map<String, Object> config, Map<String, Object> prior,
                            Map<String, Object> planned, AttributePath path, AttributePath setPath) {
        for (Attribute attribute : attributes) {
            String name = attribute.name();
            AttributePath here = path.thenAttribute(name);
            modify(attribute.planModifiers(), attribute.type(), config, prior, planned, name, here, setPath);
            if (attribute.nestedType() != null) {
                List<Attribute> nested = attribute.nestedType().attributes();
                elements(attribute.nestedType().nesting(), nested, field(config, name), field(prior, name),
                        planned.get(name), here, setPath,
                        (c, p, pl, at, inSet) -> attributes(nested, c, p, pl, at, inSet));
            }
        }
    }

    private void modify(List<PlanModifier> modifiers, CtyType type, Map<String, Object> config,
                        Map<String, Object> prior, Map<String, Object> planned, String name, AttributePath path,
                        AttributePath setPath) {
        if (modifiers.isEmpty()) {
            return;
        }
        AttributePlan plan = new AttributePlan(path, type, field(config, name), field(prior, name), planned.get(name),
                creating, resourceConfig, diagnostics);
        for (PlanModifier modifier : modifiers) {
            modifier.modify(plan);
        }
        planned.put(name, plan.planned());
        if (plan.requiresReplace()) {
            requiresReplace.add(setPath != null ? setPath : path);
        }
    }

    private interface Visit {
        void apply(Map<String, Object> config, Map<String, Object> prior, Map<String, Object> planned,
                   AttributePath path, AttributePath setPath);
    }

    @SuppressWarnings("unchecked")
    private static void elements(Nesting nesting, List<Attribute> attributes, Object config, Object prior,
                                 Object planned, AttributePath path, AttributePath setPath, Visit visit) {
        if (planned == null || planned == Unknown.VALUE) {
            return;
        }
        switch (nesting) {
            case SINGLE, GROUP -> visit.apply(map(config), map(prior), (Map<String, Object>) planned, path, setPath);
            case LIST -> {
                List<Object> list = (List<Object>) planned;
                for (int i = 0; i < list.size(); i++) {
                    visit.apply(map(at(config, i)), map(at(prior, i)), (Map<String, Object>) list.get(i),
                            path.thenIndex(i), setPath);
                }
            }
            case SET -> {
                for (Object element : (List<Object>) planned) {
                    Map<String, Object> plannedElement = (Map<String, Object>) element;
                    visit.apply(SetElements.counterpart(attributes, plannedElement, config),
                            SetElements.counterpart(attributes, plannedElement, prior), plannedElement, path,
                            setPath != null ? setPath : path);
                }
            }
            case MAP -> ((Map<String, Object>) planned).forEach((key, element) -> visit.apply(
                    map(field(config, key)), map(field(prior, key)), (Map<String, Object>) element,
                    path.thenKey(key), setPath));
        }
    }

    private static Object at(Object list, int index) {
        return list instanceof List<?> l && index < l.size() ? l.get(index) : null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }

    private static Object field(Object object, String name) {
        return object instanceof Map<?, ?> map ? map.get(name) : null;
    }
}
