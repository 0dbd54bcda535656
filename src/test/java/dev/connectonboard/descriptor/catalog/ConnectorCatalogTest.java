package dev.connectonboard.descriptor.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped connector catalog: complete for what the examples use, consistent, and read from every file. */
class ConnectorCatalogTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void knowsEveryManagedClassTheExamplesAndThePolicyUse() throws IOException {
        Set<String> used = new TreeSet<>();
        YAML.readTree(Path.of("examples/quotas.yaml").toFile()).path("defaults").path("allowedConnectorClasses")
                .forEach(c -> used.add(c.asText()));
        for (JsonNode department : exampleDepartments()) {
            if (department.path("connect").path("runtime").asText().equals("managed")) {
                department.path("connectors").forEach(c -> used.add(c.path("class").asText()));
            }
        }
        ConnectorCatalog catalog = ConnectorCatalog.shared();
        for (String connectorClass : used) {
            CatalogEntry entry = catalog.entry(connectorClass).orElseThrow(() -> new AssertionError(
                    connectorClass + " is used by the examples but missing from the catalog"));
            assertEquals("managed", entry.runtime());
            assertTrue(entry.docs().startsWith("https://docs.confluent.io/cloud/current/connectors/"), entry.docs());
            assertFalse(entry.passwords().isEmpty(), connectorClass + " has no password settings listed");
        }
    }

    @Test
    void theExamplesManagedConnectorsHaveEveryRequiredSettingAndPasswordsOnlyUnderSecrets() throws IOException {
        ConnectorCatalog catalog = ConnectorCatalog.shared();
        int checked = 0;
        for (JsonNode department : exampleDepartments()) {
            if (!department.path("connect").path("runtime").asText().equals("managed")) {
                continue;
            }
            for (JsonNode connector : department.path("connectors")) {
                CatalogEntry entry = catalog.entry(connector.path("class").asText()).orElseThrow();
                boolean iamRole = connector.has("iamRole");
                for (String required : entry.required()) {
                    boolean given = connector.path("config").has(required) || connector.path("secrets").has(required);
                    assertTrue(given, connector.path("name").asText() + " lacks " + required);
                }
                connector.path("secrets").fieldNames().forEachRemaining(key -> assertTrue(entry.isPassword(key)
                        || iamRole, connector.path("name") + ": secret " + key + " is no password setting"));
                checked++;
            }
        }
        assertEquals(4, checked);
    }

    @Test
    void aStarStandsForOneNamePart() {
        assertTrue(CatalogEntry.matches("api*.http.request.sensitive.headers", "api1.http.request.sensitive.headers"));
        assertTrue(CatalogEntry.matches("api*.topics", "api15.topics"));
        assertFalse(CatalogEntry.matches("api*.topics", "api.topics"));
        assertFalse(CatalogEntry.matches("api*.topics", "api1.x.topics"));
        assertFalse(CatalogEntry.matches("database.password", "database.password2"));
        CatalogEntry http = ConnectorCatalog.shared().entry("HttpSinkV2").orElseThrow();
        assertTrue(http.isPassword("api3.http.request.sensitive.headers"));
        assertFalse(http.isPassword("api3.http.request.headers"));
        assertTrue(http.isKnownSetting("api3.http.request.headers"));
    }

    @Test
    void readsEveryCatalogFileInTheFolderAndRefusesAClassListedTwice(@TempDir Path dir) throws IOException {
        Path managed = Files.writeString(dir.resolve("managed.yaml"), """
                runtime: managed
                connectors:
                  A_SINK: { docs: https://example.org/a, passwords: [a.password] }
                """);
        Path selfManaged = Files.writeString(dir.resolve("self-managed.yaml"), """
                runtime: self-managed
                connectors:
                  com.example.BSink:
                    docs: https://example.org/b
                    managedId: A_SINK
                    direction: sink
                    passwords: [b.pass]
                    settings: [b.url]
                """);
        ConnectorCatalog both = ConnectorCatalog.fromFiles(List.of(managed, selfManaged));
        assertEquals(Set.of("A_SINK", "com.example.BSink"), both.entries().keySet());
        assertEquals("self-managed", both.entry("com.example.BSink").orElseThrow().runtime());
        // One loader for both files: the plugin id resolves to the self-managed class the workers load.
        assertEquals("com.example.BSink", both.javaClass("A_SINK"));
        assertEquals("com.example.Other", both.javaClass("com.example.Other"), "unknown classes stay as written");
        assertEquals("sink", both.selfManaged("A_SINK").orElseThrow().direction());
        assertEquals(List.of("b.pass"), both.selfManaged("com.example.BSink").orElseThrow().passwords());
        assertTrue(both.selfManaged("com.example.Other").isEmpty());
        assertEquals("managed", both.entry("A_SINK").orElseThrow().runtime(), "the managed entry keeps its id");

        Path again = Files.writeString(dir.resolve("again.yaml"), """
                runtime: managed
                connectors:
                  A_SINK: { docs: https://example.org/a2 }
                """);
        IllegalStateException twice = assertThrows(IllegalStateException.class,
                () -> ConnectorCatalog.fromFiles(List.of(managed, again)));
        assertTrue(twice.getMessage().contains("A_SINK is in both"), twice.getMessage());

        Path contradicting = Files.writeString(dir.resolve("bad.yaml"), """
                runtime: managed
                connectors:
                  C_SINK: { docs: https://example.org/c, passwords: [c.password], settings: [c.password] }
                """);
        assertThrows(IllegalStateException.class, () -> ConnectorCatalog.fromFiles(List.of(contradicting)));

        Path withoutDirection = Files.writeString(dir.resolve("no-direction.yaml"), """
                runtime: self-managed
                connectors:
                  com.example.DSink: { docs: https://example.org/d, managedId: D_SINK }
                """);
        IllegalStateException direction = assertThrows(IllegalStateException.class,
                () -> ConnectorCatalog.fromFiles(List.of(withoutDirection)));
        assertTrue(direction.getMessage().contains("needs managedId and direction"), direction.getMessage());
        Path sameId = Files.writeString(dir.resolve("same-id.yaml"), """
                runtime: self-managed
                connectors:
                  com.example.ESink: { docs: https://example.org/e, managedId: A_SINK, direction: sink }
                """);
        IllegalStateException ambiguous = assertThrows(IllegalStateException.class,
                () -> ConnectorCatalog.fromFiles(List.of(selfManaged, sameId)));
        assertTrue(ambiguous.getMessage().contains("managedId A_SINK names both"), ambiguous.getMessage());
    }

    @Test
    void theShippedSelfManagedClassesResolveFromTheirPluginIds() {
        ConnectorCatalog catalog = ConnectorCatalog.shared();
        assertEquals("io.confluent.connect.s3.S3SinkConnector", catalog.javaClass("S3_SINK"));
        assertEquals("io.debezium.connector.mysql.MySqlConnector", catalog.javaClass("MySqlCdcSourceV2"));
        CatalogEntry mysql = catalog.selfManaged("MySqlCdcSourceV2").orElseThrow();
        assertEquals("source", mysql.direction());
        assertTrue(mysql.required().contains("topic.prefix"), mysql.toString());
        assertEquals(List.of("database.password"), mysql.passwords());
        assertTrue(mysql.docs().startsWith("https://debezium.io/"), mysql.docs());
    }

    @Test
    void theShippedFolderIsListedNotNamedFileByFile() {
        List<ConnectorCatalog.Source> files = ConnectorCatalog.shippedFiles();
        assertTrue(files.stream().anyMatch(f -> f.name().endsWith("/managed.yaml")), files.toString());
        assertEquals(ConnectorCatalog.fromSources(files).entries().keySet(),
                ConnectorCatalog.shared().entries().keySet());
    }

    /** In the jar the folder is listed from the jar's entry names: only its own catalog files, none from below. */
    @Test
    void aJarFolderListsItsCatalogFilesOnly(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("catalog.jar");
        String folder = ConnectorCatalog.FOLDER.substring(1) + "/";
        try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : List.of(folder, folder + "b.yml", folder + "a.yaml", folder + "Entry.class",
                    folder + "nested/c.yaml", "elsewhere/d.yaml")) {
                out.putNextEntry(new java.util.jar.JarEntry(name));
                if (!name.endsWith("/")) {
                    String javaClass = name.substring(name.lastIndexOf('/') + 1).replace('.', '_');
                    out.write(("runtime: managed\nconnectors:\n  " + javaClass + ": { docs: https://example.org }\n")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
                out.closeEntry();
            }
        }
        java.net.URL url = new java.net.URL("jar:" + jar.toUri() + "!/" + ConnectorCatalog.FOLDER.substring(1));
        List<ConnectorCatalog.Source> files = new ArrayList<>();
        ConnectorCatalog.listJar((java.net.JarURLConnection) url.openConnection(), files);
        assertEquals(List.of(ConnectorCatalog.FOLDER + "/a.yaml", ConnectorCatalog.FOLDER + "/b.yml"),
                files.stream().map(ConnectorCatalog.Source::name).toList());
        assertEquals(Set.of("a_yaml", "b_yml"), ConnectorCatalog.fromSources(files).entries().keySet());
    }

    private static List<JsonNode> exampleDepartments() throws IOException {
        List<JsonNode> departments = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("examples/departments"))) {
            for (Path file : files.sorted().toList()) {
                departments.add(YAML.readTree(file.toFile()));
            }
        }
        return departments;
    }
}
