package dev.connectonboard.standin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connectonboard.provider.cty.CtyType;
import dev.connectonboard.provider.cty.CtyValues;
import dev.connectonboard.provider.cty.Unknown;
import dev.connectonboard.provider.schema.Attribute;
import dev.connectonboard.provider.schema.Block;
import dev.connectonboard.provider.spi.Config;
import dev.connectonboard.provider.spi.DataSource;
import dev.connectonboard.provider.spi.Diagnostics;
import dev.connectonboard.provider.spi.Values;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Any data source of a real provider, served from its schema. It reads what the cloud holds: a seed (something
 * created outside Terraform) whose identifying attributes equal the configuration; when the cloud has no seed of this
 * type at all, deterministic values of the right shape; when it has seeds but none matches, the real provider's
 * "not found" error. The flavour may compute values itself (AWS's policy documents).
 */
final class StandInDataSource implements DataSource<StandIn> {
    private final String type;
    private final Flavour flavour;
    private final Supplier<Block> schema;

    StandInDataSource(String type, Flavour flavour, Supplier<Block> schema) {
        this.type = type;
        this.flavour = flavour;
        this.schema = schema;
    }

    @Override
    public String typeName() {
        return type;
    }

    @Override
    public Block schema() {
        return schema.get();
    }

    @Override
    public void validate(Config config, Diagnostics diagnostics) {
        flavour.validate(type, false, Values.of(config.values()), diagnostics);
    }

    @Override
    public Map<String, Object> read(Config config, StandIn provider, Diagnostics diagnostics) {
        Values configured = Values.of(config.values());
        Map<String, Object> state = configured.mutableCopy();
        Optional<Map<String, Object>> computed = flavour.computedDataSource(type, configured);
        if (computed.isPresent()) {
            state.putAll(computed.get());
            return state;
        }
        CtyType.ObjectOf valueType = schema().valueType();
        List<JsonNode> seeds = provider.cloud().seeds(type);
        Map<String, Object> seed = null;
        for (JsonNode candidate : seeds) {
            Map<String, Object> values = StandInCloud.decode(candidate, valueType);
            if (matches(configured, values)) {
                seed = values;
                break;
            }
        }
        if (seed == null && !seeds.isEmpty()) {
            diagnostics.error("error reading " + type + ": not found",
                    "The stand-in cloud (" + provider.cloud().file() + ") holds no " + type + " matching "
                            + identifying(configured) + ".");
            return null;
        }
        for (Attribute attribute : schema().attributes()) {
            if (attribute.use().computed() && state.get(attribute.name()) == null) {
                Object fromSeed = seed == null ? null : seed.get(attribute.name());
                state.put(attribute.name(), fromSeed != null ? fromSeed : Unknown.VALUE);
            }
        }
        provider.fabricator().fill(type, valueType, state);
        return state;
    }

    /** Every configured top-level value (blocks included) equals the seed's. */
    private boolean matches(Values config, Map<String, Object> seed) {
        for (Attribute attribute : schema().attributes()) {
            Object value = config.get(attribute.name());
            if (value != null && attribute.use().configurable()
                    && !CtyValues.equal(attribute.type(), value, seed.get(attribute.name()))) {
                return false;
            }
        }
        return schema().blocks().stream().allMatch(block -> {
            Object value = config.get(block.typeName());
            return value == null || (value instanceof List<?> list && list.isEmpty())
                    || CtyValues.equal(block.valueType(), value, seed.get(block.typeName()));
        });
    }

    private static String identifying(Values config) {
        Map<String, Object> set = new LinkedHashMap<>();
        config.asMap().forEach((name, value) -> {
            if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
                set.put(name, value);
            }
        });
        return set.toString();
    }
}
