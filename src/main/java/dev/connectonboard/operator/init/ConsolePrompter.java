package dev.connectonboard.operator.init;

import java.io.Console;
import java.util.Optional;

/** Prompts on the terminal. Only exists when there is one: {@link #ifInteractive()} is empty in CI and pipes. */
public final class ConsolePrompter implements Prompter {
    private final Console console;

    private ConsolePrompter(Console console) {
        this.console = console;
    }

    /** A prompter on the process's terminal, or empty when stdin or stdout is not a terminal. */
    public static Optional<Prompter> ifInteractive() {
        return Optional.ofNullable(System.console()).map(ConsolePrompter::new);
    }

    @Override
    public String ask(String question, String suggestion) {
        String line = console.readLine("%s%s: ", question, suggestion == null ? "" : " [" + suggestion + "]");
        if (line == null) {
            return null;
        }
        return line.isBlank() ? suggestion : line.strip();
    }

    @Override
    public void complain(String problem) {
        console.printf("  %s%n", problem);
        console.flush();
    }
}
