package dev.connectonboard.standin;

import dev.connectonboard.provider.schema.Block;
import dev.connectonboard.provider.spi.Config;
import dev.connectonboard.provider.spi.DataSource;
import dev.connectonboard.provider.spi.Diagnostics;
import dev.connectonboard.provider.spi.ProviderDefinition;
import dev.connectonboard.provider.spi.Resource;
import dev.connectonboard.provider.spi.Values;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for a real provider: its exact schema (from a {@link SchemaCache}), every resource type a
 * {@link StandInResource}, every data source a {@link StandInDataSource}, all sharing one cloud file in the
 * directory {@value StandInCloud#DIRECTORY_ENV} names.
 */
final class StandInProvider implements ProviderDefinition<StandIn> {
    private final Flavour flavour;
    private final SchemaCache cache;
    private final Map<String, String> environment;

    StandInProvider(Flavour flavour, SchemaCache cache, Map<String, String> environment) {
        this.flavour = flavour;
        this.cache = cache;
        this.environment = Map.copyOf(environment);
    }

    @Override
    public String typeName() {
        return flavour.name();
    }

    @Override
    public Block schema() {
        return ProviderSchemas.toSchema(cache.providerSchema());
    }

    @Override
    public StandIn configure(Config config, Diagnostics diagnostics) {
        String directory = environment.get(StandInCloud.DIRECTORY_ENV);
        if (directory == null || directory.isBlank()) {
            diagnostics.error("The " + flavour.name() + " stand-in has no cloud",
                    "Set " + StandInCloud.DIRECTORY_ENV + " to the directory holding the stand-ins' cloud files "
                            + "(src/test/terraform/stand-in-cli-config prints a configuration that does).");
            return null;
        }
        return new StandIn(flavour, StandInCloud.in(Path.of(directory), flavour.name()), Values.of(config.values()));
    }

    @Override
    public List<DataSource<StandIn>> dataSources() {
        return cache.dataSourceTypes().stream().<DataSource<StandIn>>map(type -> new StandInDataSource(type, flavour,
                new Lazy<>(() -> ProviderSchemas.toSchema(cache.dataSourceSchema(type))))).toList();
    }

    @Override
    public List<Resource<StandIn>> resources() {
        return cache.resourceTypes().stream().<Resource<StandIn>>map(type -> new StandInResource(type, flavour,
                () -> ProviderSchemas.toSchema(cache.resourceSchema(type)))).toList();
    }

    /** A value computed once, on first use. */
    static final class Lazy<T> implements java.util.function.Supplier<T> {
        private final java.util.function.Supplier<T> compute;
        private volatile T value;

        Lazy(java.util.function.Supplier<T> compute) {
            this.compute = compute;
        }

        @Override
        public T get() {
            T current = value;
            if (current == null) {
                current = compute.get();
                value = current;
            }
            return current;
        }
    }
}
