package dev.connectonboard.generate;

import dev.connectonboard.descriptor.model.Connector;
import dev.connectonboard.descriptor.model.DepartmentOnboarding;
import dev.connectonboard.descriptor.model.Platform;

import java.util.Map;

/**
 * The complete config generation gives a self-managed connector, for {@code adopt} to tell the keys a live
 * connector's descriptor entry must set from the ones generation adds anyway.
 */
public final class SelfManagedDefaults {
    private SelfManagedDefaults() {
    }

    public static Map<String, String> config(Platform platform, DepartmentOnboarding department, Connector connector) {
        return SelfManagedConfig.of(platform, department, connector).config();
    }
}
