package dev.connectonboard.descriptor.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The connector classes connect-onboard knows the settings of, read from every {@code *.yaml}, {@code *.yml} and
 * {@code *.json} file in the {@code catalog} resource folder next to this class ({@code managed.yaml} for Confluent
 * Cloud plugins; other files add other runtimes). Validation uses it to refuse a literal value for a password
 * setting; classes it does not know fall back to the secret-name heuristic.
 */
public final class ConnectorCatalog {
    static final String FOLDER = "/dev/connectonboard/descriptor/catalog";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static volatile ConnectorCatalog shared;

    private final Map<String, CatalogEntry> entries;

    ConnectorCatalog(Map<String, CatalogEntry> entries) {
        this.entries = Collections.unmodifiableMap(new TreeMap<>(entries));
    }

    /** The catalog shipped with connect-onboard, read once. */
    public static ConnectorCatalog shared() {
        ConnectorCatalog catalog = shared;
        if (catalog == null) {
            synchronized (ConnectorCatalog.class) {
                if (shared == null) {
                    shared = fromFiles(shippedFiles());
                }
                catalog = shared;
            }
        }
        return catalog;
    }

    public Optional<CatalogEntry> entry(String connectorClass) {
        return Optional.ofNullable(entries.get(connectorClass));
    }

    public Map<String, CatalogEntry> entries() {
        return entries;
    }

    /**
     * One catalog file as written: either {@code runtime} with {@code connectors} keyed by class, or (the
     * self-managed catalog's form) a list of {@code classes}, each naming its Java class.
     */
    record CatalogFile(String runtime, Map<String, FileEntry> connectors, List<SelfManagedClass> classes) {
    }

    /** One class in a catalog file. */
    record FileEntry(@JsonProperty(required = true) String docs, String evidence, List<String> passwords,
                     List<String> required, List<String> settings) {
    }

    /** Reads these catalog files; a class listed twice, or a password also listed as a plain setting, is an error. */
    static ConnectorCatalog fromFiles(List<Path> files) {
        Map<String, CatalogEntry> entries = new TreeMap<>();
        Map<String, Path> origin = new TreeMap<>();
        for (Path file : files) {
            for (CatalogEntry entry : read(file)) {
                Path first = origin.putIfAbsent(entry.connectorClass(), file);
                if (first != null) {
                    throw new IllegalStateException("connector class " + entry.connectorClass() + " is in both "
                            + first + " and " + file + "; keep it in one catalog file");
                }
                for (String setting : entry.settings()) {
                    if (entry.isPassword(setting)) {
                        throw new IllegalStateException("connector catalog " + file + ": " + entry.connectorClass()
                                + " lists " + setting + " both as a password and as a plain setting");
                    }
                }
                entries.put(entry.connectorClass(), entry);
            }
        }
        return new ConnectorCatalog(entries);
    }

    private static List<CatalogEntry> read(Path file) {
        CatalogFile parsed;
        try (InputStream in = Files.newInputStream(file)) {
            parsed = YAML.readValue(in, CatalogFile.class);
        } catch (IOException e) {
            throw new IllegalStateException("connector catalog " + file + " cannot be read: " + e.getMessage(), e);
        }
        List<CatalogEntry> entries = new ArrayList<>();
        if (parsed.classes() != null) {
            for (SelfManagedClass entry : parsed.classes()) {
                entries.add(new CatalogEntry(entry.javaClass(), "self-managed", "", entry.passwords(),
                        entry.required(), List.of()));
            }
            return entries;
        }
        if (parsed.connectors() == null || !List.of("managed", "self-managed").contains(parsed.runtime())) {
            throw new IllegalStateException("connector catalog " + file + ": needs runtime (managed or "
                    + "self-managed) and connectors, or a list of classes");
        }
        parsed.connectors().forEach((connectorClass, entry) -> entries.add(new CatalogEntry(connectorClass,
                parsed.runtime(), entry.docs(), listOrEmpty(entry.passwords()), listOrEmpty(entry.required()),
                listOrEmpty(entry.settings()))));
        return entries;
    }

    private static List<String> listOrEmpty(List<String> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /**
     * Every catalog file in the resource folder, from the classes folder or from inside the jar. Each classpath entry
     * can hold the folder (the test classes hold a package of that name, too), so all of them are listed.
     */
    static List<Path> shippedFiles() {
        List<Path> files = new ArrayList<>();
        try {
            Enumeration<URL> folders = ConnectorCatalog.class.getClassLoader().getResources(FOLDER.substring(1));
            while (folders.hasMoreElements()) {
                URI uri = folders.nextElement().toURI();
                Path path = "jar".equals(uri.getScheme()) ? jarFileSystem(uri).getPath(FOLDER) : Path.of(uri);
                try (Stream<Path> children = Files.list(path)) {
                    children.filter(p -> p.getFileName().toString().matches(".*\\.(ya?ml|json)"))
                            .sorted()
                            .forEach(files::add);
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new UncheckedIOException(new IOException("cannot list the connector catalog " + FOLDER, e));
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("the connector catalog " + FOLDER + " is missing from the build");
        }
        return files;
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        }
    }
}
