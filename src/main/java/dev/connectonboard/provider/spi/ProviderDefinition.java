package dev.connectonboard.provider.spi;

import dev.connectonboard.provider.schema.Block;

import java.util.List;

/**
 * What a provider is: its name, its configuration schema, how it configures itself, and which data sources and
 * managed resources it serves. The protocol layer does the rest.
 *
 * @param <S> what configuration produces and every data source read and resource operation receives
 */
public interface ProviderDefinition<S> {

    /** The provider's type name, e.g. {@code connectonboard}; data source and resource names start with it. */
    String typeName();

    Block schema();

    default void validate(Config config, Diagnostics diagnostics) {
    }

    /** Configures the provider; returns null when the diagnostics hold errors. Values may be unknown. */
    S configure(Config config, Diagnostics diagnostics);

    List<DataSource<S>> dataSources();

    /** Managed resources (see {@link Resource}); none by default. */
    default List<Resource<S>> resources() {
        return List.of();
    }
}
