package dev.connectonboard.testsupport;

import dev.connectonboard.provider.install.ProviderInstaller;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * Launchers that let Terraform start a test-scope provider (a main class on this JVM's class path) through
 * {@code dev_overrides}, and the CLI configuration that points Terraform at them. One launcher per provider type in
 * its own directory, because dev_overrides name a directory holding {@code terraform-provider-<type>}.
 */
public final class PluginLaunchers {
    /** Short-lived provider processes: quick JIT tier, serial GC, no perf data (as the product's launcher). */
    private static final String JVM_FLAGS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xshare:auto "
            + "-Xss1m -Xmx512m";

    private PluginLaunchers() {
    }

    /** Writes {@code dir/terraform-provider-<type>} running {@code mainClass} with these arguments. */
    public static Path write(Path dir, String type, String classPath, String mainClass, String... args) {
        return write(dir, type, Map.of(), classPath, mainClass, args);
    }

    /** As {@link #write(Path, String, String, String, String...)}, with environment defaults for unset variables. */
    public static Path write(Path dir, String type, Map<String, String> environmentDefaults, String classPath,
                             String mainClass, String... args) {
        try {
            Files.createDirectories(dir);
            Path launcher = dir.resolve("terraform-provider-" + type);
            StringBuilder script = new StringBuilder("#!/bin/sh\n")
                    .append("# test-scope Terraform provider ").append(type)
                    .append("; Terraform reads the plugin handshake from stdout\n");
            new java.util.TreeMap<>(environmentDefaults).forEach((name, value) -> script
                    .append(": \"${").append(name).append(":=").append(value.replace("\\", "\\\\")
                            .replace("\"", "\\\"").replace("$", "\\$").replace("`", "\\`"))
                    .append("}\"\nexport ").append(name).append('\n'));
            script.append("exec ").append(quote(ProviderInstaller.currentJava().toString())).append(' ')
                    .append(JVM_FLAGS).append(" -cp ").append(quote(classPath)).append(' ').append(mainClass);
            for (String arg : args) {
                script.append(' ').append(quote(arg));
            }
            Files.writeString(launcher, script.append('\n').toString());
            Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
            return launcher;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This JVM's class path, joined. */
    public static String currentClassPath() {
        return String.join(java.io.File.pathSeparator, currentClassPathEntries());
    }

    /**
     * This JVM's class path entries. Surefire starts tests with a manifest-only jar that it deletes afterwards; its
     * {@code Class-Path} is expanded, so launchers written by a test keep working after the test run.
     */
    public static java.util.List<String> currentClassPathEntries() {
        java.util.List<String> entries = java.util.List.of(System.getProperty("java.class.path")
                .split(java.io.File.pathSeparator));
        if (entries.size() == 1 && entries.get(0).endsWith(".jar")) {
            try (java.util.jar.JarFile jar = new java.util.jar.JarFile(entries.get(0))) {
                String manifestPath = jar.getManifest() == null ? null
                        : jar.getManifest().getMainAttributes().getValue("Class-Path");
                if (manifestPath != null && !manifestPath.isBlank()) {
                    java.util.List<String> expanded = new java.util.ArrayList<>();
                    for (String url : manifestPath.trim().split("\\s+")) {
                        expanded.add(Path.of(java.net.URI.create(url)).toString());
                    }
                    return expanded;
                }
            } catch (IOException | IllegalArgumentException e) {
                // not a manifest-only jar: use it as it is
            }
        }
        return entries;
    }

    /** A CLI configuration: these provider sources from these launcher directories, everything else as usual. */
    public static String devOverrides(Map<String, Path> directoriesBySource, Path filesystemMirror) {
        StringBuilder config = new StringBuilder("provider_installation {\n  dev_overrides {\n");
        directoriesBySource.forEach((source, dir) -> config.append("    \"").append(source).append("\" = \"")
                .append(dir.toAbsolutePath().toString().replace("\\", "\\\\")).append("\"\n"));
        config.append("  }\n");
        if (filesystemMirror != null) {
            config.append("  filesystem_mirror {\n    path = \"")
                    .append(filesystemMirror.toAbsolutePath().toString().replace("\\", "\\\\")).append("\"\n  }\n");
        } else {
            config.append("  direct {}\n");
        }
        return config.append("}\ndisable_checkpoint = true\n").toString();
    }

    private static String quote(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }
}
