package dev.connectonboard.operator.init;

/** Asks a person for a value; {@code init} uses it only in a terminal, so a pipeline never waits for input. */
public interface Prompter {

    /**
     * Shows {@code question} (and {@code suggestion}, if not null) and returns the answer, or {@code suggestion} when
     * the person just presses Enter.
     *
     * @return the answer; null when input ended (Ctrl-D)
     */
    String ask(String question, String suggestion);

    /** Tells the person why the last answer was not accepted. */
    void complain(String problem);
}
