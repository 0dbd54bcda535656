package dev.connectonboard.cli;

import dev.connectonboard.descriptor.DescriptorSources;
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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Writes a new, valid department descriptor to start from: the required sections filled in, "
                + "every optional feature as a commented example. Refuses to overwrite a file, and refuses a name or "
                + "prefix that clashes with an existing descriptor. In a terminal, asks for what is missing; "
                + "elsewhere (CI, pipes) it never waits for input.",
        footer = {"", "Examples:",
                "  connect-onboard init payments --prefix pay --owner payments-data@example.org \\",
                "      --platform examples/platform.yaml",
                "  connect-onboard init --descriptors examples/departments",
                "", "The second asks for each value (in a terminal only).",
                "", "Exit codes: 0 written, 1 the name or prefix clashes with an existing descriptor, "
                + "2 wrong usage (invalid name, prefix or owner, file exists, values missing outside a terminal)."})
public final class InitCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Parameters(paramLabel = "NAME", arity = "0..1",
            description = "Department name, a slug such as payments (or --department NAME).")
    String name;

    @Mixin
    DepartmentOption departmentOption;

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
            description = "Folder of the existing descriptors, checked for clashes, and where the new one goes "
                    + "(default: the folder the --platform file names in 'descriptors').")
    Path descriptors;

    @Option(names = "--platform", paramLabel = "FILE",
            description = "The platform file; its 'descriptors' field names the descriptors folder.")
    Path platform;

    @Spec
    CommandSpec spec;

    /** The terminal to ask on; empty outside a terminal. Tests replace it. */
    Supplier<Optional<Prompter>> terminal = ConsolePrompter::ifInteractive;

    @Override
    public Integer call() {
        String chosenName = departmentName();
        ConnectRuntime givenRuntime = runtime == null ? null : parseRuntime(runtime);
        Path folder = descriptorsFolder();
        DepartmentInit init = DepartmentInit.in(folder);
        Questions.Answers answers = new Questions.Answers(chosenName, prefix, givenRuntime, owner);
        if (chosenName == null || prefix == null) {
            Prompter prompter = terminal.get().orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "init needs NAME and --prefix P when it cannot ask (not in a terminal), for example: "
                            + "connect-onboard init payments --prefix pay --descriptors departments"));
            answers = new Questions(prompter, init.existing()).complete(answers);
        }
        NewDepartment department = new NewDepartment(answers.name(), answers.prefix(),
                answers.runtime() == null ? ConnectRuntime.MANAGED : answers.runtime(), answers.owner(), folder,
                out);
        DepartmentInit.Result result = init.create(department);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("wrote %s: department %s, prefix %s-, runtime %s%n%n", result.written(), department.name(),
                department.prefix(), department.runtime().yamlName());
        NextSteps.lines(department, result.written(), platform).forEach(stdout::println);
        stdout.flush();
        return ExitCode.OK;
    }

    private String departmentName() {
        String option = departmentOption.name();
        if (name != null && option != null && !name.equals(option)) {
            throw new ParameterException(spec.commandLine(), "two department names given, NAME '" + name
                    + "' and --department '" + option + "': give one");
        }
        return name != null ? name : option;
    }

    /** Where the descriptors are: said explicitly, or named by the platform file; never a guessed default. */
    private Path descriptorsFolder() {
        if (descriptors != null) {
            return descriptors;
        }
        if (platform == null) {
            throw new ParameterException(spec.commandLine(), "init needs the folder of the department "
                    + "descriptors (to check clashes and to write the new file): pass --descriptors DIR, or "
                    + "--platform FILE whose 'descriptors' field names it");
        }
        return DescriptorSources.resolve(platform, List.of()).get(0);
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
