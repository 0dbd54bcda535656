package dev.connectonboard.provider.install;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProviderInstallerTest {

    @Test
    void installsALauncherAndAJarCopyInTheFilesystemMirrorLayout(@TempDir Path home) throws Exception {
        Path jar = Files.writeString(home.resolve("built.jar"), "not really a jar");
        ProviderInstaller installer = new ProviderInstaller(Path.of("/opt/java 17/bin/java"), "0.1.0");

        Installation installation = installer.install(home.resolve("mirror"),
                new ProviderInstaller.CodeLocation(Optional.of(jar), List.of()));

        Path expected = home.resolve("mirror/terraform.local/connect-onboard/connectonboard/0.1.0/"
                + ProviderInstaller.platform());
        assertEquals(expected, installation.packageDirectory());
        assertEquals(expected.resolve("terraform-provider-connectonboard_v0.1.0"), installation.launcher());
        assertTrue(Files.getPosixFilePermissions(installation.launcher()).contains(PosixFilePermission.OWNER_EXECUTE));
        assertEquals("not really a jar", Files.readString(expected.resolve("connect-onboard.jar")));
        String script = Files.readString(installation.launcher());
        assertTrue(script.contains("java='/opt/java 17/bin/java'"), script);
        assertTrue(script.contains("-XX:ArchiveClassesAtExit="), script);
        assertTrue(script.contains("-XX:SharedArchiveFile=$archive"), script);
        assertTrue(script.contains("-Xlog:disable -Xlog:all=warning:stderr"), "JVM warnings must stay off stdout");
    }

    @Test
    void printsDevOverridesPointingAtThePackageDirectory(@TempDir Path home) {
        Installation installation = new ProviderInstaller(Path.of("/usr/bin/java"), "0.1.0").install(
                home, new ProviderInstaller.CodeLocation(Optional.empty(), List.of("/classes", "/lib/a.jar")));

        assertEquals("provider_installation {\n  dev_overrides {\n    \"terraform.local/connect-onboard/connectonboard\""
                + " = \"" + installation.packageDirectory() + "\"\n  }\n  direct {}\n}\n",
                installation.devOverridesSnippet());
        assertTrue(installation.filesystemMirrorSnippet().contains("path    = \"" + home + "\""));
    }

    @Test
    void quotesPathsSoTheShellNeverSplitsOrExpandsThem() {
        assertEquals("'/a b/it'\\''s $HOME'", LauncherScript.quote("/a b/it's $HOME"));
    }
}
