package dev.connectonboard.provider.protocol;

import dev.connectonboard.provider.cty.Unknown;
import dev.connectonboard.provider.schema.Attribute;
import dev.connectonboard.provider.schema.Block;
import dev.connectonboard.provider.schema.NestedAttributes;
import dev.connectonboard.provider.schema.NestedBlock;

import java.util.List;
import java.util.Map;

/**
 * Marks every computed attribute the configuration leaves null as unknown in a plan, at any depth: the framework's
 * {@code MarkComputedNilsAsUnknown}. The provider decides those values during apply, so a plan that changes or
 * creates the object cannot promise the old ones; plan modifiers such as {@code useStateForUnknown} put back those
 * that cannot change.
 */
final class ComputedUnknowns {
    private ComputedUnknowns() {
    }

    static void mark(Block block, Object config, Map<String, Object> planned) {
        markAttributes(block.attributes(), config, planned);
        for (NestedBlock nested : block.blocks()) {
            Object configValue = field(config, nested.typeName());
            Object plannedValue = planned.get(nested.typeName());
            forEachElement(nested.nesting(), nested.block().attributes(), configValue, plannedValue,
                    (configElement, plannedElement) -> mark(nested.block(), configElement, plannedElement));
        }
    }

    private static void markAttributes(List<Attribute> attributes, Object config, Map<String, Object> planned) {
        for (Attribute attribute : attributes) {
            Object configValue = field(config, attribute.name());
            if (attribute.use().computed() && configValue == null) {
                planned.put(attribute.name(), Unknown.VALUE);
                continue;
            }
            NestedAttributes nested = attribute.nestedType();
            if (nested != null) {
                forEachElement(nested.nesting(), nested.attributes(), configValue, planned.get(attribute.name()),
                        (configElement, plannedElement) ->
                                markAttributes(nested.attributes(), configElement, plannedElement));
            }
        }
    }

    interface ElementAction {
        void apply(Map<String, Object> config, Map<String, Object> planned);
    }

    /** Pairs each planned object of a nested value with its configuration counterpart (by index, key or content). */
    @SuppressWarnings("unchecked")
    static void forEachElement(dev.connectonboard.provider.schema.Nesting nesting, List<Attribute> attributes,
                               Object config, Object planned, ElementAction action) {
        if (planned == null || planned == Unknown.VALUE || config == Unknown.VALUE) {
            return;
        }
        switch (nesting) {
            case SINGLE, GROUP -> action.apply(asMap(config), (Map<String, Object>) planned);
            case LIST -> {
                List<Object> plannedList = (List<Object>) planned;
                List<Object> configList = config instanceof List<?> list ? (List<Object>) list : List.of();
                for (int i = 0; i < plannedList.size(); i++) {
                    if (plannedList.get(i) instanceof Map<?, ?> element) {
                        action.apply(i < configList.size() ? asMap(configList.get(i)) : null,
                                (Map<String, Object>) element);
                    }
                }
            }
            case SET -> {
                for (Object element : (List<Object>) planned) {
                    if (element instanceof Map<?, ?> map) {
                        Map<String, Object> plannedElement = (Map<String, Object>) map;
                        action.apply(SetElements.counterpart(attributes, plannedElement, config), plannedElement);
                    }
                }
            }
            case MAP -> {
                Map<String, Object> configMap = config instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
                ((Map<String, Object>) planned).forEach((key, element) -> {
                    if (element instanceof Map<?, ?> map) {
                        action.apply(asMap(configMap.get(key)), (Map<String, Object>) map);
                    }
                });
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }

    private static Object field(Object object, String name) {
        return object instanceof Map<?, ?> map ? map.get(name) : null;
    }
}
