package dev.connectonboard.provider.install;

import dev.connectonboard.errors.FailureKind;
import dev.connectonboard.errors.OnboardException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Installs the provider where Terraform finds it: the unpacked filesystem-mirror layout
 * {@code DIR/terraform.local/connect-onboard/connectonboard/VERSION/OS_ARCH/}, holding a launcher script and a copy
 * of the jar (so rebuilding the repository never changes a provider Terraform has locked).
 */
public final class ProviderInstaller {
    public static final String HOSTNAME = "terraform.local";
    public static final String NAMESPACE = "connect-onboard";
    public static final String TYPE = "connectonboard";
    public static final String SOURCE = HOSTNAME + "/" + NAMESPACE + "/" + TYPE;
    static final String JAR_NAME = "connect-onboard.jar";
    private static final long PREPARE_TIMEOUT_SECONDS = 120;

    private final Path javaExecutable;
    private final String version;

    public ProviderInstaller(Path javaExecutable, String version) {
        this.javaExecutable = javaExecutable;
        this.version = version;
    }

    /** The JVM flags the launcher passes, for benchmarks that start a JVM the way the launcher does. */
    public static String launcherJvmFlags() {
        return LauncherScript.JVM_FLAGS;
    }

    /** The java running this process, which is the one the launcher will use. */
    public static Path currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /**
     * @param mirrorDirectory the filesystem mirror root, e.g. {@code ~/.terraform.d/plugins}
     * @param code            where the running connect-onboard comes from
     */
    public Installation install(Path mirrorDirectory, CodeLocation code) {
        Path packageDirectory = mirrorDirectory.resolve(HOSTNAME).resolve(NAMESPACE).resolve(TYPE).resolve(version)
                .resolve(platform());
        Path launcher = packageDirectory.resolve("terraform-provider-" + TYPE + "_v" + version);
        try {
            Files.createDirectories(packageDirectory);
            String classPath;
            boolean classDataSharing = code.jar().isPresent();
            if (classDataSharing) {
                Path jar = packageDirectory.resolve(JAR_NAME);
                Files.copy(code.jar().get(), jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                classPath = null;
            } else {
                classPath = String.join(java.io.File.pathSeparator, code.classPath());
            }
            Files.writeString(launcher, LauncherScript.render(javaExecutable, version, classPath),
                    StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException e) {
            throw new OnboardException(FailureKind.USAGE, "cannot install the provider into " + packageDirectory
                    + ": " + e.getMessage() + ". Choose a writable directory with --dir.", e);
        }
        return new Installation(SOURCE, version, mirrorDirectory, packageDirectory, launcher,
                code.jar().isPresent());
    }

    /**
     * Runs the launcher's first-use step now (the class-data-sharing archive), so Terraform's first plan does not
     * pay for it. Returns the step's log when it failed, empty when it worked.
     */
    public static String prepare(Installation installation) {
        try {
            Process process = new ProcessBuilder(installation.launcher().toString(), "--prepare")
                    .redirectErrorStream(true).start();
            process.getOutputStream().close();
            String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(PREPARE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return "the warm-up run did not finish within " + PREPARE_TIMEOUT_SECONDS + " s";
            }
            return process.exitValue() == 0 ? "" : log;
        } catch (IOException e) {
            return e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** Terraform's name for this machine's platform, e.g. linux_amd64. */
    static String platform() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String terraformOs = os.contains("mac") || os.contains("darwin") ? "darwin"
                : os.contains("windows") ? "windows" : os.contains("freebsd") ? "freebsd" : "linux";
        String terraformArch = switch (arch) {
            case "amd64", "x86_64" -> "amd64";
            case "aarch64", "arm64" -> "arm64";
            case "x86", "i386", "i686" -> "386";
            default -> arch;
        };
        return terraformOs + "_" + terraformArch;
    }

    /** The code to launch: a jar (copied, with class-data sharing) or a development class path (used in place). */
    public record CodeLocation(java.util.Optional<Path> jar, List<String> classPath) {

        /** Where the running connect-onboard was loaded from. */
        public static CodeLocation ofRunning(Class<?> anyClass) {
            try {
                Path location = Path.of(anyClass.getProtectionDomain().getCodeSource().getLocation().toURI());
                if (Files.isRegularFile(location) && location.toString().endsWith(".jar")) {
                    return new CodeLocation(java.util.Optional.of(location), List.of());
                }
            } catch (java.net.URISyntaxException | SecurityException e) {
                // fall through to the class path this JVM was started with
            }
            return new CodeLocation(java.util.Optional.empty(),
                    List.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)));
        }
    }
}
