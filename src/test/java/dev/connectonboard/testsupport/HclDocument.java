package dev.connectonboard.testsupport;

import com.bertramlabs.plugins.hcl4j.symbols.HCLAttribute;
import com.bertramlabs.plugins.hcl4j.symbols.HCLBlock;
import com.bertramlabs.plugins.hcl4j.symbols.HCLValue;
import com.bertramlabs.plugins.hcl4j.symbols.Symbol;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The block structure of one .tf file, read with hcl4j.
 *
 * <p>hcl4j's public {@code HCLParser} evaluates expressions and folds blocks and object-valued attributes into the
 * same maps, which loses exactly what a schema check needs (is {@code environment} a block or an attribute?). Its
 * lexer keeps that distinction, so this class reads the lexer's symbol tree. The lexer class is package-private in
 * hcl4j 0.9.4, hence the reflective access.
 */
public final class HclDocument {

    private static final Object STDOUT_LOCK = new Object();

    private final Path file;
    private final List<HclNode> blocks;

    private HclDocument(Path file, List<HclNode> blocks) {
        this.file = file;
        this.blocks = blocks;
    }

    public static HclDocument parse(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<HclNode> nodes = new ArrayList<>();
            for (Symbol symbol : lex(reader, file)) {
                nodes.add(toNode(symbol));
            }
            return new HclDocument(file, List.copyOf(nodes));
        }
    }

    /** Every .tf file under a directory (or the file itself), skipping .terraform caches, in a stable order. */
    public static List<Path> tfFiles(Path dirOrFile) throws IOException {
        if (Files.isRegularFile(dirOrFile)) {
            return List.of(dirOrFile);
        }
        try (Stream<Path> walk = Files.walk(dirOrFile)) {
            return walk.filter(p -> p.toString().endsWith(".tf"))
                    .filter(p -> !p.toString().contains("/.terraform/"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
    }

    public Path file() {
        return file;
    }

    public List<HclNode> blocks() {
        return blocks;
    }

    /** Top-level blocks of one type: {@code resource}, {@code data}, {@code variable}, {@code module}, ... */
    public List<HclNode> blocks(String type) {
        return blocks.stream().filter(b -> b.name().equals(type)).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Symbol> lex(Reader reader, Path file) throws IOException {
        // The lexer prints debug lines ("Conditional Matched: ?") to System.out; keep test output readable.
        synchronized (STDOUT_LOCK) {
            PrintStream original = System.out;
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            try {
                Class<?> lexerClass = Class.forName("com.bertramlabs.plugins.hcl4j.HCLLexer");
                Constructor<?> constructor = lexerClass.getDeclaredConstructor(Reader.class);
                constructor.setAccessible(true);
                Object lexer = constructor.newInstance(reader);
                Method yylex = lexerClass.getDeclaredMethod("yylex");
                yylex.setAccessible(true);
                yylex.invoke(lexer);
                Field stack = lexerClass.getDeclaredField("elementStack");
                stack.setAccessible(true);
                return List.copyOf((List<Symbol>) stack.get(lexer));
            } catch (InvocationTargetException e) {
                throw new IOException("hcl4j cannot parse " + file + ": " + e.getCause().getMessage(), e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("hcl4j's lexer is not where hcl4j 0.9.4 keeps it", e);
            } finally {
                System.setOut(original);
            }
        }
    }

    private static HclNode toNode(Symbol symbol) {
        int line = symbol.getLine() == null ? 0 : symbol.getLine() + 1;
        if (symbol instanceof HCLBlock block) {
            List<String> names = block.blockNames == null ? List.of(block.getName()) : block.blockNames;
            List<HclNode> children = new ArrayList<>();
            for (Symbol child : block.getChildren()) {
                if (child instanceof HCLBlock || child instanceof HCLAttribute) {
                    children.add(toNode(child));
                }
            }
            return new HclNode(HclNode.Kind.BLOCK, names.get(0), List.copyOf(names.subList(1, names.size())), line,
                    List.copyOf(children), Optional.empty(), List.of());
        }
        List<List<String>> references = new ArrayList<>();
        symbol.getChildren().forEach(c -> collectReferences(c, references));
        return new HclNode(HclNode.Kind.ATTRIBUTE, symbol.getName(), List.of(), line, List.of(),
                literalOf(symbol), List.copyOf(references));
    }

    private static Optional<Object> literalOf(Symbol attribute) {
        List<Symbol> children = attribute.getChildren();
        if (children.size() == 1 && children.get(0) instanceof HCLValue value && value.value != null) {
            return Optional.of(value.value);
        }
        return Optional.empty();
    }

    private static void collectReferences(Symbol symbol, List<List<String>> into) {
        if ("VariableTree".equals(symbol.getSymbolName())) {
            List<String> parts = new ArrayList<>();
            for (Symbol part : symbol.getChildren()) {
                if ("Variable".equals(part.getSymbolName())) {
                    parts.add(part.getName());
                } else {
                    collectReferences(part, into); // index expressions such as [each.key]
                }
            }
            into.add(List.copyOf(parts));
            return;
        }
        for (Symbol child : symbol.getChildren()) {
            collectReferences(child, into);
        }
    }
}
