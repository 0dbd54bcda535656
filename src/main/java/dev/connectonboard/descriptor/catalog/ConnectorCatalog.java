package dev.connectonboard.descriptor.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The connector classes connect-onboard knows the settings of, read from every {@code *.yaml}, {@code *.yml} and
 * {@code *.json} file in the {@code catalog} resource folder next to this class, all in one format
 * ({@code managed.yaml} for Confluent Cloud plugins, {@code self-managed.yaml} for the Java classes self-managed
 * workers run). Validation uses it to refuse a literal value for a password setting (classes it does not know fall
 * back to the secret-name heuristic) and to check self-managed connectors' required settings; the generator uses it
 * to resolve a descriptor's class to the Java class the workers load.
 */
public final class ConnectorCatalog {
    static final String FOLDER = "/dev/connectonboard/descriptor/catalog";
    static final String MANAGED = "managed";
    static final String SELF_MANAGED = "self-managed";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static volatile ConnectorCatalog shared;

    private final Map<String, CatalogEntry> entries;
    private final Map<String, String> javaClassByManagedId = new TreeMap<>();

    ConnectorCatalog(Map<String, CatalogEntry> entries) {
        this.entries = Collections.unmodifiableMap(new TreeMap<>(entries));
        entries.values().stream().filter(e -> e.managedId() != null)
                .forEach(e -> javaClassByManagedId.put(e.managedId(), e.connectorClass()));
    }

    /** The catalog shipped with connect-onboard, read once. */
    public static ConnectorCatalog shared() {
        ConnectorCatalog catalog = shared;
        if (catalog == null) {
            synchronized (ConnectorCatalog.class) {
                if (shared == null) {
                    shared = fromSources(shippedFiles());
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
     * The Java class self-managed workers load for a descriptor's {@code class}: a Confluent plugin id a self-managed
     * entry names as its {@code managedId} maps to that entry's class; anything else is used as written (a platform
     * may install any plugin in its images).
     */
    public String javaClass(String descriptorClass) {
        return javaClassByManagedId.getOrDefault(descriptorClass, descriptorClass);
    }

    /** The self-managed entry of the class a descriptor's {@code class} resolves to on the workers, if known. */
    public Optional<CatalogEntry> selfManaged(String descriptorClass) {
        return entry(javaClass(descriptorClass)).filter(e -> SELF_MANAGED.equals(e.runtime()));
    }

    /** One catalog file as written: its {@code runtime} and its {@code connectors} keyed by class. */
    record CatalogFile(@JsonProperty(required = true) String runtime,
                       @JsonProperty(required = true) Map<String, FileEntry> connectors) {
    }

    /** One class in a catalog file; {@code managedId} and {@code direction} are for self-managed classes. */
    record FileEntry(@JsonProperty(required = true) String docs, String evidence, String managedId, String direction,
                     List<String> passwords, List<String> required, List<String> settings) {
    }

    /** Reads these catalog files; a class listed twice, or a password also listed as a plain setting, is an error. */
    static ConnectorCatalog fromFiles(List<Path> files) {
        List<Source> sources = new ArrayList<>();
        for (Path file : files) {
            try {
                sources.add(new Source(file.toString(), file.toUri().toURL()));
            } catch (java.net.MalformedURLException e) {
                throw new IllegalStateException("connector catalog " + file + " has no URL: " + e.getMessage(), e);
            }
        }
        return fromSources(sources);
    }

    static ConnectorCatalog fromSources(List<Source> files) {
        Map<String, CatalogEntry> entries = new TreeMap<>();
        Map<String, String> origin = new TreeMap<>();
        for (Source file : files) {
            for (CatalogEntry entry : read(file)) {
                String first = origin.putIfAbsent(entry.connectorClass(), file.name());
                if (first != null) {
                    throw new IllegalStateException("connector class " + entry.connectorClass() + " is in both "
                            + first + " and " + file.name() + "; keep it in one catalog file");
                }
                for (String setting : entry.settings()) {
                    if (entry.isPassword(setting)) {
                        throw new IllegalStateException("connector catalog " + file.name() + ": "
                                + entry.connectorClass() + " lists " + setting + " both as a password and as a plain "
                                + "setting");
                    }
                }
                entries.put(entry.connectorClass(), entry);
            }
        }
        Map<String, String> managedIds = new TreeMap<>();
        for (CatalogEntry entry : entries.values()) {
            String other = entry.managedId() == null ? null : managedIds.putIfAbsent(entry.managedId(),
                    entry.connectorClass());
            if (other != null) {
                throw new IllegalStateException("managedId " + entry.managedId() + " names both " + other + " and "
                        + entry.connectorClass() + "; a plugin id can stand for one self-managed class only");
            }
        }
        return new ConnectorCatalog(entries);
    }

    private static List<CatalogEntry> read(Source file) {
        CatalogFile parsed;
        try (InputStream in = file.url().openStream()) {
            parsed = YAML.readValue(in, CatalogFile.class);
        } catch (IOException e) {
            throw new IllegalStateException("connector catalog " + file.name() + " cannot be read: " + e.getMessage(),
                    e);
        }
        if (!List.of(MANAGED, SELF_MANAGED).contains(parsed.runtime())) {
            throw new IllegalStateException("connector catalog " + file.name() + ": runtime must be managed or self-managed, "
                    + "not " + parsed.runtime());
        }
        boolean selfManaged = SELF_MANAGED.equals(parsed.runtime());
        List<CatalogEntry> entries = new ArrayList<>();
        parsed.connectors().forEach((connectorClass, entry) -> {
            if (selfManaged != (entry.managedId() != null) || selfManaged != (entry.direction() != null)
                    || entry.direction() != null && !List.of("sink", "source").contains(entry.direction())) {
                throw new IllegalStateException("connector catalog " + file.name() + ": " + connectorClass + " needs "
                        + (selfManaged ? "managedId and direction (sink or source)" : "neither managedId nor direction")
                        + " in a " + parsed.runtime() + " catalog");
            }
            entries.add(new CatalogEntry(connectorClass, parsed.runtime(), entry.docs(),
                    listOrEmpty(entry.passwords()), listOrEmpty(entry.required()), listOrEmpty(entry.settings()),
                    entry.managedId(), entry.direction()));
        });
        return entries;
    }

    private static List<String> listOrEmpty(List<String> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** One catalog file: its name for messages (a path, or the path inside the jar) and where to read it. */
    record Source(String name, URL url) {
    }

    /**
     * Every catalog file in the resource folder, from the classes folder or from inside the jar. Each classpath entry
     * can hold the folder (the test classes hold a package of that name, too), so all of them are listed. In a jar
     * the folder is listed from the entry names of the jar the class loader already has open: a zip file system
     * over the jar would parse its ~16,000-entry directory again, 120-170 ms of every cold start that reads a
     * descriptor (the provider's plan, every command), against ~30 ms for the names.
     */
    static List<Source> shippedFiles() {
        List<Source> files = new ArrayList<>();
        try {
            Enumeration<URL> folders = ConnectorCatalog.class.getClassLoader().getResources(FOLDER.substring(1));
            while (folders.hasMoreElements()) {
                URL folder = folders.nextElement();
                if (folder.openConnection() instanceof JarURLConnection jar) {
                    listJar(jar, files);
                } else {
                    try (Stream<Path> children = Files.list(Path.of(folder.toURI()))) {
                        for (Path child : children.filter(p -> isCatalogFile(p.getFileName().toString())).sorted()
                                .toList()) {
                            files.add(new Source(child.toString(), child.toUri().toURL()));
                        }
                    }
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

    static void listJar(JarURLConnection folder, List<Source> files) throws IOException {
        String entry = folder.getEntryName();
        String prefix = entry.endsWith("/") ? entry : entry + "/";
        JarFile jar = folder.getJarFile();
        List<String> names = jar.stream().map(JarEntry::getName)
                .filter(name -> name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0
                        && isCatalogFile(name.substring(prefix.length())))
                .sorted().toList();
        for (String name : names) {
            files.add(new Source("/" + name, new URL("jar:" + folder.getJarFileURL() + "!/" + name)));
        }
    }

    private static boolean isCatalogFile(String name) {
        return name.matches(".*\\.(ya?ml|json)");
    }
}
