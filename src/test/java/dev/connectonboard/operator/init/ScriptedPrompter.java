package dev.connectonboard.operator.init;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Answers prompts from a script, as a person at a terminal would; "" stands for pressing Enter. */
public final class ScriptedPrompter implements Prompter {
    private final Deque<String> answers;
    private final List<String> questions = new ArrayList<>();
    private final List<String> complaints = new ArrayList<>();

    public ScriptedPrompter(String... answers) {
        this.answers = new ArrayDeque<>(List.of(answers));
    }

    @Override
    public String ask(String question, String suggestion) {
        questions.add(question + (suggestion == null ? "" : " [" + suggestion + "]"));
        if (answers.isEmpty()) {
            return null;
        }
        String answer = answers.pop();
        return answer.isEmpty() ? suggestion : answer;
    }

    @Override
    public void complain(String problem) {
        complaints.add(problem);
    }

    public List<String> questions() {
        return List.copyOf(questions);
    }

    public List<String> complaints() {
        return List.copyOf(complaints);
    }
}
