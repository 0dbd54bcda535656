package dev.connectonboard.descriptor;

import java.util.Map;

/**
 * Where each value of a parsed file came from, keyed by JSON pointer ({@code /connectors/2/tasks}). Object members
 * map to their key's position, array items to the item's position; {@link #locateValue} gives a member's value
 * position, for messages about the value itself (an enum or pattern it does not match).
 */
public final class SourceMap {
    private final Map<String, Location> locations;
    private final Map<String, Location> valueLocations;

    SourceMap(Map<String, Location> locations) {
        this(locations, Map.of());
    }

    SourceMap(Map<String, Location> locations, Map<String, Location> valueLocations) {
        this.locations = Map.copyOf(locations);
        this.valueLocations = Map.copyOf(valueLocations);
    }

    /** Where the value at the pointer starts (after its key); where its key stands when that is not known. */
    public Location locateValue(String jsonPointer) {
        Location value = valueLocations.get(jsonPointer);
        return value != null ? value : locate(jsonPointer);
    }

    /** The location of the pointer, or of its nearest ancestor that has one. */
    public Location locate(String jsonPointer) {
        String pointer = jsonPointer;
        while (true) {
            Location location = locations.get(pointer);
            if (location != null) {
                return location;
            }
            if (pointer.isEmpty()) {
                return Location.START;
            }
            pointer = pointer.substring(0, pointer.lastIndexOf('/'));
        }
    }
}
