package dev.connectonboard.descriptor;

import dev.connectonboard.descriptor.model.DepartmentOnboarding;
import dev.connectonboard.descriptor.model.Platform;
import dev.connectonboard.descriptor.model.QuotaPolicy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The three kinds of input file, as written in their {@code kind} field. */
public enum DescriptorKind {
    Platform(Platform.class),
    QuotaPolicy(QuotaPolicy.class),
    DepartmentOnboarding(DepartmentOnboarding.class);

    public static final String API_VERSION = "connect-onboard/v1";

    private final Class<?> modelType;

    DescriptorKind(Class<?> modelType) {
        this.modelType = modelType;
    }

    public Class<?> modelType() {
        return modelType;
    }

    public static Optional<DescriptorKind> fromKindField(String kind) {
        return Arrays.stream(values()).filter(k -> k.name().equals(kind)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
