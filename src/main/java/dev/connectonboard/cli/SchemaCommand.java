package dev.connectonboard.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.connectonboard.descriptor.DescriptorKind;
import dev.connectonboard.descriptor.SchemaCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Prints the JSON Schema of Platform, QuotaPolicy or DepartmentOnboarding, for editors.",
        footer = {"", "Example:", "  connect-onboard schema DepartmentOnboarding > department.schema.json"})
public final class SchemaCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Parameters(paramLabel = "KIND", description = "One of: ${COMPLETION-CANDIDATES}")
    DescriptorKind kind;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        spec.commandLine().getOut().println(mapper.writeValueAsString(SchemaCatalog.schemaFor(kind)));
        return ExitCode.OK;
    }
}
