package dev.connectonboard.provider.install;

import java.nio.file.Path;

/** What {@link ProviderInstaller} wrote, and the Terraform CLI configuration that uses it. */
public record Installation(String source, String version, Path mirrorDirectory, Path packageDirectory, Path launcher,
                           boolean classDataSharing) {

    /** Makes Terraform run this launcher without {@code terraform init}, for this provider only. */
    public String devOverridesSnippet() {
        return "provider_installation {\n"
                + "  dev_overrides {\n"
                + "    \"" + source + "\" = \"" + packageDirectory + "\"\n"
                + "  }\n"
                + "  direct {}\n"
                + "}\n";
    }

    /** Makes {@code terraform init} install the provider from the mirror (and lock its checksum). */
    public String filesystemMirrorSnippet() {
        return "provider_installation {\n"
                + "  filesystem_mirror {\n"
                + "    path    = \"" + mirrorDirectory + "\"\n"
                + "    include = [\"" + source + "\"]\n"
                + "  }\n"
                + "  direct {\n"
                + "    exclude = [\"" + source + "\"]\n"
                + "  }\n"
                + "}\n";
    }
}
