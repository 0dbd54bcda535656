package dev.connectonboard.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the calls a Terraform module makes to local child modules ({@code source = "../x"}) without running
 * Terraform: every argument is a declared variable of the child, every variable without a default is passed, and
 * every {@code module.<name>.<output>} reference names a declared output. Useful where {@code terraform validate}
 * cannot run (here: modules that need the Confluent provider, and generated roots that call them).
 */
public final class ModuleWiringChecker {

    private static final Set<String> MODULE_META = Set.of("source", "version", "count", "for_each", "depends_on", "providers");

    /** Interface of one module directory: its variables (name to "has a default") and outputs. */
    public record ModuleInterface(Map<String, Boolean> variables, Set<String> outputs) {

        public static ModuleInterface read(Path moduleDir) throws IOException {
            Map<String, Boolean> variables = new HashMap<>();
            Set<String> outputs = new LinkedHashSet<>();
            for (HclDocument doc : documentsIn(moduleDir)) {
                for (HclNode variable : doc.blocks("variable")) {
                    variables.put(variable.label(0), variable.attribute("default").isPresent());
                }
                doc.blocks("output").forEach(o -> outputs.add(o.label(0)));
            }
            return new ModuleInterface(Map.copyOf(variables), Set.copyOf(outputs));
        }
    }

    /** Problems found in the module at {@code moduleDir}, one line each as {@code file:line: message}. */
    public List<String> check(Path moduleDir) throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, ModuleInterface> children = new HashMap<>();
        List<HclDocument> documents = documentsIn(moduleDir);
        for (HclDocument doc : documents) {
            for (HclNode call : doc.blocks("module")) {
                checkCall(moduleDir, doc, call, children, problems);
            }
        }
        for (HclDocument doc : documents) {
            checkReferences(doc, doc.blocks(), children, problems);
        }
        return problems;
    }

    private void checkCall(Path moduleDir, HclDocument doc, HclNode call, Map<String, ModuleInterface> children,
                           List<String> problems) throws IOException {
        String name = call.label(0);
        Optional<String> source = call.literalString("source");
        if (source.isEmpty() || !(source.get().startsWith("./") || source.get().startsWith("../"))) {
            return; // registry or remote modules are out of scope
        }
        Path childDir = moduleDir.resolve(source.get()).normalize();
        if (!Files.isDirectory(childDir)) {
            problems.add(doc.file() + ":" + call.line() + ": module \"" + name + "\": source " + source.get()
                    + " is not a directory (" + childDir + ")");
            return;
        }
        ModuleInterface child = ModuleInterface.read(childDir);
        children.put(name, child);
        Set<String> passed = new LinkedHashSet<>();
        for (HclNode argument : call.children()) {
            if (MODULE_META.contains(argument.name())) {
                continue;
            }
            passed.add(argument.name());
            if (!child.variables().containsKey(argument.name())) {
                problems.add(doc.file() + ":" + argument.line() + ": module \"" + name + "\": argument \""
                        + argument.name() + "\" is not a variable of " + source.get() + "; its variables: "
                        + String.join(", ", child.variables().keySet().stream().sorted().toList()));
            }
        }
        child.variables().forEach((variable, hasDefault) -> {
            if (!hasDefault && !passed.contains(variable)) {
                problems.add(doc.file() + ":" + call.line() + ": module \"" + name + "\": required variable \""
                        + variable + "\" of " + source.get() + " is not passed");
            }
        });
    }

    private void checkReferences(HclDocument doc, List<HclNode> nodes, Map<String, ModuleInterface> children,
                                 List<String> problems) {
        for (HclNode node : nodes) {
            for (List<String> reference : node.references()) {
                if (reference.size() >= 3 && reference.get(0).equals("module")) {
                    ModuleInterface child = children.get(reference.get(1));
                    if (child == null) {
                        problems.add(doc.file() + ":" + node.line() + ": reference to undeclared (or non-local) module \""
                                + reference.get(1) + "\"");
                    } else if (!child.outputs().contains(reference.get(2))) {
                        problems.add(doc.file() + ":" + node.line() + ": module." + reference.get(1) + "."
                                + reference.get(2) + " is not an output of module \"" + reference.get(1)
                                + "\"; its outputs: " + String.join(", ", child.outputs().stream().sorted().toList()));
                    }
                }
            }
            checkReferences(doc, node.children(), children, problems);
        }
    }

    private static List<HclDocument> documentsIn(Path moduleDir) throws IOException {
        List<HclDocument> documents = new ArrayList<>();
        try (var files = Files.list(moduleDir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".tf")).sorted().toList()) {
                documents.add(HclDocument.parse(file));
            }
        }
        return documents;
    }
}
