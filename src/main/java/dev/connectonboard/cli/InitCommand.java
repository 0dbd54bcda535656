package dev.connectonboard.cli;

import dev.connectonboard.descriptor.model.ConnectRuntime;
import dev.connectonboard.operator.init.ConsolePrompter;
import dev.connectonboard.operator.init.DepartmentInit;
import dev.connectonboard.operator.init.NewDepartment;
import dev.connectonboard.operator.init.NextSteps;
import dev.connectonboard.operator.init.Prompter;
import dev.connectonboard.operator.init.Questions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Writes a new, valid department descriptor to start from: the required sections filled in, "
                + "every optional feature as a commented example. Refuses to overwrite a file, and refuses a name or "
                + "prefix that clashes with an existing descriptor. In a terminal, asks for what is missing; "
                + "elsewhere (CI, pipes) it never waits for input.",
        footer = {"", "Examples:",
                "  connect-onboard init payments --prefix pay --owner payments-data@example.org",
                "  connect-onboard init                      (in a terminal: asks for each value)",
                "", "Exit codes: 0 written, 1 the name or prefix clashes with an existing descriptor, "
                + "2 wrong usage (invalid name, prefix or owner, file exists, values missing outside a terminal)."})
public final class InitCommand implements Callable<Integer> {
    static final Path DEFAULT_DESCRIPTORS = Path.of("examples", "departments");

    @Mixin
    GlobalOptions global;

    @Parameters(paramLabel = "NAME", arity = "0..1", description = "Department name, a slug such as payments.")
    String name;

    @Option(names = "--prefix", paramLabel = "P",
            description = "Prefix of the department's connectors, topics and roles (2-15 lowercase letters/digits).")
    String prefix;

    @Option(names = "--runtime", paramLabel = "RUNTIME",
            description = "managed (default: Confluent Cloud runs the connectors) or self-managed (ECS Fargate).")
    String runtime;

    @Option(names = "--owner", paramLabel = "EMAIL",
            description = "Who the platform team contacts (default: a placeholder to replace).")
    String owner;

    @Option(names = "--out", paramLabel = "FILE", description = "File to write (default: DIR/NAME.yaml).")
    Path out;

    @Option(names = "--descriptors", paramLabel = "DIR",
            description = "Existing descriptors, checked for clashes; the default output folder "
                    + "(default: ${DEFAULT-VALUE}).")
    Path descriptors = DEFAULT_DESCRIPTORS;

    @Spec
    CommandSpec spec;

    /** The terminal to ask on; empty outside a terminal. Tests replace it. */
    Supplier<Optional<Prompter>> terminal = ConsolePrompter::ifInteractive;

    @Override
    public Integer call() {
        ConnectRuntime givenRuntime = runtime == null ? null : parseRuntime(runtime);
        DepartmentInit init = DepartmentInit.in(descriptors);
        Questions.Answers answers = new Questions.Answers(name, prefix, givenRuntime, owner);
        if (name == null || prefix == null) {
            Prompter prompter = terminal.get().orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "init needs NAME and --prefix P when it cannot ask (not in a terminal), for example: "
                            + "connect-onboard init payments --prefix pay"));
            answers = new Questions(prompter, init.existing()).complete(answers);
        }
        NewDepartment department = new NewDepartment(answers.name(), answers.prefix(),
                answers.runtime() == null ? ConnectRuntime.MANAGED : answers.runtime(), answers.owner(), descriptors,
                out);
        DepartmentInit.Result result = init.create(department);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("wrote %s: department %s, prefix %s-, runtime %s%n%n", result.written(), department.name(),
                department.prefix(), department.runtime().yamlName());
        NextSteps.lines(department, result.written()).forEach(stdout::println);
        stdout.flush();
        return ExitCode.OK;
    }

    private ConnectRuntime parseRuntime(String value) {
        for (ConnectRuntime candidate : ConnectRuntime.values()) {
            if (candidate.yamlName().equalsIgnoreCase(value.strip())) {
                return candidate;
            }
        }
        throw new ParameterException(spec.commandLine(), "--runtime must be managed or self-managed, not '" + value
                + "'");
    }
}
