package dev.connectonboard.provider.spi;

import java.util.ArrayList;
import java.util.List;

/** Where in a configuration a diagnostic points, so Terraform can underline the offending attribute. */
public record AttributePath(List<Step> steps) {

    public AttributePath {
        steps = List.copyOf(steps);
    }

    /** One step: an attribute name, a map key or a list index. */
    public record Step(String attribute, String key, Long index) {
    }

    public static AttributePath attribute(String name) {
        return new AttributePath(List.of(new Step(name, null, null)));
    }

    public AttributePath thenAttribute(String name) {
        return append(new Step(name, null, null));
    }

    public AttributePath thenKey(String key) {
        return append(new Step(null, key, null));
    }

    public AttributePath thenIndex(long index) {
        return append(new Step(null, null, index));
    }

    private AttributePath append(Step step) {
        List<Step> longer = new ArrayList<>(steps);
        longer.add(step);
        return new AttributePath(longer);
    }
}
