package dev.connectonboard.descriptor;

/** A 1-based line and column in an input file. */
public record Location(int line, int column) {
    public static final Location START = new Location(1, 1);
}
