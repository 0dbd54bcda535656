package dev.connectonboard.provider;

import dev.connectonboard.provider.install.Installation;
import dev.connectonboard.provider.install.ProviderInstaller;
import dev.connectonboard.testsupport.TerraformCli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real Terraform pointed at the real provider: installs the provider's launcher (this test class path, via
 * {@code provider install}'s own code) into a temporary mirror and gives Terraform a CLI configuration of its own with
 * {@code dev_overrides} for it, never a global one.
 */
final class ProviderTerraform {
    private ProviderTerraform() {
    }

    /** Skips the calling test with a message when terraform is not installed. */
    static TerraformCli installIn(Path home) throws IOException {
        Installation installation = new ProviderInstaller(ProviderInstaller.currentJava(), "0.1.0")
                .install(home.resolve("mirror"), ProviderInstaller.CodeLocation.ofRunning(ProviderTerraform.class));
        Path cliConfig = home.resolve("terraform.tfrc");
        Files.writeString(cliConfig, installation.devOverridesSnippet());
        return TerraformCli.assumeInstalled(cliConfig);
    }
}
