package dev.connectonboard.descriptor.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The self-managed connector classes connect-onboard knows ({@code self-managed.yaml} beside this package's
 * resources): the Java class a descriptor's class resolves to on the workers, its required and password settings.
 * A class the catalog does not know is used as written (a platform may install any plugin in its images).
 */
public final class SelfManagedCatalog {
    private static final String RESOURCE = "/dev/connectonboard/descriptor/catalog/self-managed.yaml";
    private static final SelfManagedCatalog BUNDLED = load();

    private final Map<String, SelfManagedClass> byJavaClass = new LinkedHashMap<>();
    private final Map<String, SelfManagedClass> byManagedId = new LinkedHashMap<>();

    private SelfManagedCatalog(List<SelfManagedClass> classes) {
        for (SelfManagedClass entry : classes) {
            byJavaClass.put(entry.javaClass(), entry);
            byManagedId.put(entry.managedId(), entry);
        }
    }

    public static SelfManagedCatalog bundled() {
        return BUNDLED;
    }

    /** The Java class the workers load for a descriptor's {@code class}: a Confluent plugin id maps, else as is. */
    public String javaClass(String descriptorClass) {
        SelfManagedClass entry = byManagedId.get(descriptorClass);
        return entry == null ? descriptorClass : entry.javaClass();
    }

    /** What the catalog knows about the class a descriptor's {@code class} resolves to. */
    public Optional<SelfManagedClass> entry(String descriptorClass) {
        return Optional.ofNullable(byJavaClass.get(javaClass(descriptorClass)));
    }

    public List<SelfManagedClass> classes() {
        return List.copyOf(byJavaClass.values());
    }

    private record File(@JsonProperty(required = true) List<SelfManagedClass> classes) {
    }

    private static SelfManagedCatalog load() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = SelfManagedCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            return new SelfManagedCatalog(yaml.readValue(in, File.class).classes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
