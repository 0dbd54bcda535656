package dev.connectonboard.provider.protocol;

import dev.connectonboard.provider.cty.CtyValues;
import dev.connectonboard.provider.schema.Attribute;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Finds which element of another version of a set is "the same" as a given element. Set elements have no index or
 * key, so an element of the plan is matched with the configuration's or prior state's element that has the same
 * configurable, non-computed attribute values (the part the user wrote).
 */
final class SetElements {
    private SetElements() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> counterpart(List<Attribute> attributes, Map<String, Object> element, Object candidates) {
        if (!(candidates instanceof Collection<?> collection) || element == null) {
            return null;
        }
        for (Object candidate : collection) {
            if (candidate instanceof Map<?, ?> map && sameUserPart(attributes, element, (Map<String, Object>) map)) {
                return (Map<String, Object>) map;
            }
        }
        return null;
    }

    private static boolean sameUserPart(List<Attribute> attributes, Map<String, Object> a, Map<String, Object> b) {
        for (Attribute attribute : attributes) {
            if (!attribute.use().computed()
                    && !CtyValues.equal(attribute.type(), a.get(attribute.name()), b.get(attribute.name()))) {
                return false;
            }
        }
        return true;
    }
}
