package dev.connectonboard.standin;

import dev.connectonboard.provider.spi.Diagnostics;
import dev.connectonboard.provider.spi.Values;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one stand-in knows about the real provider it stands in for, beyond the schema: facts from the provider's
 * source (which attributes force replacement, validations, import id formats) and the shapes of the values its cloud
 * assigns. Everything else (plan, apply, read, state) is generic and lives in {@link StandInResource}.
 */
interface Flavour {

    /** {@code confluent} or {@code aws}: names the cloud file and the launcher. */
    String name();

    /** Dotted paths ({@code kafka_cluster.id}) of attributes and blocks whose change replaces the resource. */
    Set<String> forceNew(String resourceType);

    /**
     * A replacement the provider decides from old and new value (e.g. Confluent's partitions_count may only grow,
     * {@code customdiff.ForceNewIfChange}); null values mean the provider's default.
     */
    default boolean forcesNewIfChanged(String resourceType, String path, Object prior, Object planned) {
        return false;
    }

    /**
     * A string the cloud would assign: {@code path} is the dotted attribute path in the resource, {@code root} the
     * planned object with its known values (and the id, once assigned); null to let the generic rule choose.
     */
    String string(String resourceType, String path, Map<String, Object> root, Values provider, String hash);

    /** The import id's parts as attributes (dotted paths), or a message saying which format is expected. */
    ImportId parseImportId(String resourceType, String id);

    record ImportId(Map<String, String> attributes, String error) {
        static ImportId of(Map<String, String> attributes) {
            return new ImportId(attributes, null);
        }

        static ImportId invalid(String error) {
            return new ImportId(Map.of(), error);
        }
    }

    /** Checks the provider's own validations (value lists, patterns) on a configuration. */
    default void validate(String type, boolean resource, Values config, Diagnostics diagnostics) {
    }

    /** Values the provider decides at plan time (AWS's tags_all); changes {@code planned} in place. */
    default void adjustPlan(String resourceType, Map<String, Object> planned, Values provider) {
    }

    /** Values a data source computes from its configuration alone (no cloud), e.g. a policy document's JSON. */
    default Optional<Map<String, Object>> computedDataSource(String dataSourceType, Values config) {
        return Optional.empty();
    }
}
