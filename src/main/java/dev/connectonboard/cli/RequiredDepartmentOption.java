package dev.connectonboard.cli;

import picocli.CommandLine.Option;

/** {@code --department NAME}, required: help shows it without brackets. */
public final class RequiredDepartmentOption {
    @Option(names = "--department", required = true, paramLabel = "NAME",
            description = "The department (its descriptor's name).")
    String name;

    public String name() {
        return name;
    }
}
