package dev.connectonboard.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/** Options every command accepts; mixed into each command with {@code @Mixin}. */
public final class GlobalOptions {

    @Option(names = "--verbose", description = "Show stack traces and HTTP details when something fails.")
    boolean verbose;

    static boolean verboseRequested(ParseResult parseResult) {
        for (ParseResult current = parseResult; current != null; current = current.subcommand()) {
            if (current.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
