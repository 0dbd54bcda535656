package dev.connectonboard.operator.init;

import dev.connectonboard.descriptor.Loaded;
import dev.connectonboard.descriptor.model.ConnectRuntime;
import dev.connectonboard.descriptor.model.DepartmentOnboarding;
import dev.connectonboard.errors.FailureKind;
import dev.connectonboard.errors.OnboardException;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Asks a person in a terminal for the values {@code init} was not given, checking each answer at once (pattern and
 * clash with the existing departments) and asking again with the reason, up to {@value #ATTEMPTS} times.
 */
public final class Questions {
    static final int ATTEMPTS = 3;

    private final Prompter prompter;
    private final List<Loaded<DepartmentOnboarding>> existing;

    public Questions(Prompter prompter, List<Loaded<DepartmentOnboarding>> existing) {
        this.prompter = prompter;
        this.existing = List.copyOf(existing);
    }

    /** The values given so far; null ones are asked for. */
    public record Answers(String name, String prefix, ConnectRuntime runtime, String owner) {
    }

    public Answers complete(Answers given) {
        String name = given.name() != null ? given.name() : ask("Department name (a slug such as payments)", null,
                answer -> NameRules.checkName(answer).or(() -> NameRules.nameClash(answer, existing)));
        String prefix = given.prefix() != null ? given.prefix() : ask("Prefix of its connectors and topics",
                suggestedPrefix(name), answer -> NameRules.checkPrefix(answer)
                        .or(() -> NameRules.prefixClash(answer, existing)));
        ConnectRuntime runtime = given.runtime() != null ? given.runtime()
                : runtimeOf(ask("Connect runtime, managed (Confluent Cloud runs the connectors) or self-managed"
                        + " (your workers on ECS Fargate)", "managed",
                        answer -> runtimeOf(answer) == null
                                ? Optional.of("answer managed or self-managed") : Optional.empty()));
        String owner = given.owner() != null ? given.owner() : ask("Owner e-mail (who the platform team contacts)",
                NewDepartment.placeholderOwner(name), NameRules::checkOwner);
        return new Answers(name, prefix, runtime, owner);
    }

    private String ask(String question, String suggestion, Function<String, Optional<String>> check) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            String answer = prompter.ask(question, suggestion);
            if (answer == null) {
                throw new OnboardException(FailureKind.USAGE, "init cancelled: input ended before every value was"
                        + " given; nothing was written");
            }
            Optional<String> problem = check.apply(answer);
            if (problem.isEmpty()) {
                return answer;
            }
            prompter.complain(problem.get());
        }
        throw new OnboardException(FailureKind.USAGE, "init gave up after " + ATTEMPTS + " unusable answers to \""
                + question + "\"; nothing was written");
    }

    /** The name without dashes, cut to the longest prefix allowed, when that is free; else no suggestion. */
    private String suggestedPrefix(String name) {
        String withoutDashes = name.replace("-", "");
        String candidate = withoutDashes.substring(0, Math.min(withoutDashes.length(), 15));
        boolean usable = NameRules.checkPrefix(candidate).isEmpty()
                && NameRules.prefixClash(candidate, existing).isEmpty();
        return usable ? candidate : null;
    }

    private static ConnectRuntime runtimeOf(String answer) {
        String normalized = answer.strip().toLowerCase(Locale.ROOT);
        for (ConnectRuntime runtime : ConnectRuntime.values()) {
            if (runtime.yamlName().equals(normalized)) {
                return runtime;
            }
        }
        return null;
    }
}
