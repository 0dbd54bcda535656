package dev.connectonboard.cli;

import picocli.CommandLine.Option;

/**
 * {@code --department NAME}, the one spelling every command uses to pick a department (optional here; use
 * {@link RequiredDepartmentOption} where a command always needs one).
 */
public final class DepartmentOption {
    @Option(names = "--department", paramLabel = "NAME", description = "The department (its descriptor's name).")
    String name;

    /** The name given, or null. */
    public String name() {
        return name;
    }
}
