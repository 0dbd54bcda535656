package dev.connectonboard.provider.spi;

/**
 * A resource with checks beyond its schema, modelled on the framework's {@code resource.ResourceWithValidateConfig}.
 * Terraform validates several times, at first with values still unknown: skip those ({@link Values#isUnknown}); a
 * wholly known configuration is always validated eventually. The provider is not configured yet at this point.
 */
public interface ResourceWithValidateConfig<S> extends Resource<S> {

    void validateConfig(Values config, Diagnostics diagnostics);
}
