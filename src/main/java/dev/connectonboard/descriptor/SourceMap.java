package dev.connectonboard.descriptor;

import java.util.Map;

/**
 * Where each value of a parsed file came from, keyed by JSON pointer ({@code /connectors/2/tasks}). Object members
 * map to their key's position, array items to the item's position.
 */
public final class SourceMap {
    private final Map<String, Location> locations;

    SourceMap(Map<String, Location> locations) {
        this.locations = Map.copyOf(locations);
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
