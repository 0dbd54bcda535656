package dev.connectonboard.bench;

import dev.connectonboard.provider.install.ProviderInstaller;
import dev.connectonboard.provider.plugin.SelfSignedIdentity;
import dev.connectonboard.provider.plugin.TlsFloorProbe;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * The floor under the provider's cost per plan: three starts (Terraform's schema, validate and plan walks) of a JVM
 * that does only what no JVM provider can skip, {@link TlsFloorProbe}: start with the launcher's flags and a
 * class-data archive of its own, make the TLS identity and context, complete the mutual-TLS handshake that
 * {@code openssl s_client} makes with Terraform's kind of client certificate (P-521), exit. Wall and CPU time of the
 * JVM process; the openssl client is not counted. Needs {@code openssl} on the PATH (Debian's openssl package).
 */
final class TlsFloorBenchmark {
    /** Wall and CPU milliseconds of one start (median), and of the three starts a plan makes. */
    record Result(Timed perStart) {
        double perPlanWallMillis() {
            return 3 * perStart.wallMillis();
        }

        double perPlanCpuMillis() {
            return 3 * perStart.cpuMillis();
        }
    }

    private TlsFloorBenchmark() {
    }

    /** Alone: {@code java -cp <test classpath> dev.connectonboard.bench.TlsFloorBenchmark target/connect-onboard.jar [RUNS]}. */
    public static void main(String[] args) throws Exception {
        Result result = run(Path.of(args[0]).toAbsolutePath(), Files.createTempDirectory("tls-floor"),
                args.length > 1 ? Integer.parseInt(args[1]) : 15);
        System.out.printf(java.util.Locale.ROOT, "per start %.0f ms wall, %.0f ms CPU; per plan (3 starts) %.0f ms wall,"
                + " %.0f ms CPU%n", result.perStart().wallMillis(), result.perStart().cpuMillis(),
                result.perPlanWallMillis(), result.perPlanCpuMillis());
    }

    static boolean available() {
        try {
            return new ProcessBuilder("openssl", "version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static Result run(Path jar, Path work, int runs) throws Exception {
        Files.createDirectories(work);
        Path probeJar = probeJar(work.resolve("probe.jar"));
        SelfSignedIdentity terraform = SelfSignedIdentity.generate(SelfSignedIdentity.Curve.P521);
        Path certificate = Files.writeString(work.resolve("client.pem"), terraform.certificatePem());
        Path key = Files.writeString(work.resolve("client.key"), "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(terraform.privateKey().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
        Path archive = work.resolve("probe.jsa");
        String classPath = jar + ":" + probeJar;
        start(classPath, "-XX:ArchiveClassesAtExit=" + archive, certificate, key, work);
        List<Timed> starts = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            starts.add(start(classPath, "-XX:SharedArchiveFile=" + archive, certificate, key, work));
        }
        return new Result(Timed.median(starts));
    }

    /** One start of the probe under GNU time, with openssl as the client once the probe listens. */
    private static Timed start(String classPath, String archiveFlag, Path certificate, Path key, Path work)
            throws Exception {
        Path times = work.resolve("time.txt");
        List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-o", times.toString(), "-f", "%e %U %S %M",
                ProviderInstaller.currentJava().toString()));
        command.addAll(List.of(ProviderInstaller.launcherJvmFlags().split(" ")));
        command.addAll(List.of(archiveFlag, "-cp", classPath, TlsFloorProbe.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("PLUGIN_CLIENT_CERT", Files.readString(certificate));
        Process probe = builder.start();
        String port;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(probe.getInputStream(),
                StandardCharsets.US_ASCII))) {
            port = out.readLine();
            if (port == null) {
                throw new IllegalStateException("the TLS probe exited before listening (exit " + probe.waitFor() + ")");
            }
            Process client = new ProcessBuilder("openssl", "s_client", "-connect", "127.0.0.1:" + port, "-cert",
                    certificate.toString(), "-key", key.toString(), "-alpn", "h2", "-servername", "localhost")
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!probe.waitFor(60, TimeUnit.SECONDS)) {
                probe.destroyForcibly();
                client.destroyForcibly();
                throw new IllegalStateException("the TLS probe did not finish its handshake with openssl");
            }
            client.waitFor(10, TimeUnit.SECONDS);
        }
        if (probe.exitValue() != 0) {
            throw new IllegalStateException("the TLS probe failed (exit " + probe.exitValue() + ")");
        }
        String[] fields = Files.readAllLines(times).get(Files.readAllLines(times).size() - 1).trim().split(" ");
        return new Timed(Double.parseDouble(fields[0]) * 1000,
                (Double.parseDouble(fields[1]) + Double.parseDouble(fields[2])) * 1000, Long.parseLong(fields[3]));
    }

    /** The probe's classes in a jar of their own: class-data sharing archives classes from jars only. */
    private static Path probeJar(Path target) throws IOException {
        String entry = TlsFloorProbe.class.getName().replace('.', '/') + ".class";
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(target));
             java.io.InputStream in = TlsFloorProbe.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
        return target;
    }
}
