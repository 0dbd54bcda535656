package dev.connectonboard.provider.spi;

import dev.connectonboard.provider.schema.Block;

import java.util.Map;

/**
 * A Terraform data source served by this provider.
 *
 * @param <S> what the provider's configuration produced (see {@link ProviderDefinition#configure})
 */
public interface DataSource<S> {

    /** The name used in configuration, e.g. {@code connectonboard_quota}. */
    String typeName();

    Block schema();

    /** Checks the configuration before planning; values may still be unknown here. */
    default void validate(Config config, Diagnostics diagnostics) {
    }

    /**
     * Reads the data. Only called with a wholly known configuration. Returns the computed attributes; attributes
     * left out keep their configured value (or null).
     */
    Map<String, Object> read(Config config, S provider, Diagnostics diagnostics);
}
