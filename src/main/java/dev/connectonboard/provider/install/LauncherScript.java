package dev.connectonboard.provider.install;

import java.nio.file.Path;

/**
 * The executable Terraform starts. Terraform reads the plugin handshake from its stdout, so the script never prints
 * there. With a jar it keeps a class-data-sharing archive per jar and java build in the user's cache directory,
 * created on first use by a warm-up run (JDK 17 writes dynamic archives when a JVM exits, which Terraform's
 * 2-second exit deadline would cut short), and used by every start after that.
 */
final class LauncherScript {
    /** C1 only and the serial collector: the provider lives for seconds and does little work per start. */
    static final String JVM_FLAGS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xshare:auto"
            + " -Xlog:disable -Xlog:all=warning:stderr";
    static final String MAIN_CLASS = "dev.connectonboard.cli.ProviderCommand";

    private LauncherScript() {
    }

    /** @param classPath null to run the jar next to the script, with class-data sharing */
    static String render(Path java, String version, String classPath) {
        String header = "#!/bin/sh\n"
                + "# Terraform provider " + ProviderInstaller.SOURCE + " " + version
                + ", written by 'connect-onboard provider install'.\n"
                + "# Terraform reads the plugin handshake from stdout: nothing else may ever be printed there.\n"
                + "java=" + quote(java.toString()) + "\n"
                + "flags='" + JVM_FLAGS + "'\n"
                + "if [ ! -x \"$java\" ]; then\n"
                + "  echo \"connectonboard provider: $java is missing; run 'connect-onboard provider install' again\" >&2\n"
                + "  exit 1\n"
                + "fi\n";
        if (classPath != null) {
            return header
                    + "# Development build: classes from a directory class path, which class-data sharing cannot archive.\n"
                    + "[ \"$1\" = --prepare ] && exit 0\n"
                    + "exec \"$java\" $flags -cp " + quote(classPath) + " " + MAIN_CLASS + "\n";
        }
        return header
                // Terraform starts the script by its absolute path; the folder is cut from it without a process
                // (dirname, cd and pwd in a subshell cost a fork each, and this runs three times per plan)
                + "case $0 in */*) here=${0%/*} ;; *) here=. ;; esac\n"
                + "jar=\"$here/" + ProviderInstaller.JAR_NAME + "\"\n"
                + "cache=\"${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/connect-onboard\"\n"
                + "# One archive per jar and java build: an archive only works with the exact files it was made from.\n"
                + "archive=\"$cache/provider-$(stat -L --printf '%s-%Y-' \"$jar\" \"$java\")cds.jsa\"\n"
                + "# A warm-up that failed is not retried on every start (that would slow every plan); --prepare retries.\n"
                + "[ \"$1\" = --prepare ] && rm -f \"$archive.failed\"\n"
                + "if [ ! -f \"$archive\" ] && [ ! -f \"$archive.failed\" ]; then\n"
                + "  # First use: a warm-up run plays Terraform's calls and the JVM writes the archive as it exits.\n"
                + "  mkdir -p \"$cache\" &&\n"
                + "    \"$java\" $flags -XX:ArchiveClassesAtExit=\"$archive.$$\" -cp \"$jar\" " + MAIN_CLASS
                + " --warm-up </dev/null >\"$cache/warm-up.log\" 2>&1 &&\n"
                + "    mv -f \"$archive.$$\" \"$archive\" ||\n"
                + "    { rm -f \"$archive.$$\"; touch \"$archive.failed\" 2>/dev/null; }\n"
                + "fi\n"
                + "if [ \"$1\" = --prepare ]; then\n"
                + "  [ -f \"$archive\" ] && exit 0\n"
                + "  cat \"$cache/warm-up.log\" >&2\n"
                + "  exit 1\n"
                + "fi\n"
                + "cds=\n"
                + "[ -f \"$archive\" ] && cds=\"-XX:SharedArchiveFile=$archive\"\n"
                + "exec \"$java\" $flags $cds -cp \"$jar\" " + MAIN_CLASS + "\n";
    }

    /** Single-quotes a value for sh. */
    static String quote(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }
}
