package dev.connectonboard.operator.status;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.connectonboard.confluent.ConfluentCloudClient;
import dev.connectonboard.confluent.RecordingSleeper;
import dev.connectonboard.confluent.TestClients;
import dev.connectonboard.descriptor.InputLoader;
import dev.connectonboard.descriptor.InputSet;
import dev.connectonboard.operator.status.render.HtmlStatusPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Opens the status page in headless Chromium (Debian's {@code chromium}; CI installs it) and checks what a person
 * sees: the failed connector above the running one, its error as readable text, red and green badges where they
 * belong. Skipped, with a message, where Chromium is not installed.
 */
class StatusPageBrowserTest {
    /** Copy of the screenshot for the lead's note; written only when this folder exists. */
    private static final Path SCREENSHOT_COPY = Path.of("/work/status-page.png");
    private static final int FAILED_RED = 0xb42318;
    private static final int RUNNING_GREEN = 0x067647;
    /** A badge is at least 92 px wide; a shorter run of its colour is a row marker, not a badge. */
    private static final int BADGE_RUN = 60;

    @RegisterExtension
    static final WireMockExtension server = TestClients.loopbackExtension();

    @TempDir
    Path temp;

    @BeforeEach
    void stubCluster() {
        StatusCluster.stubHealthyApis(server);
    }

    @Test
    void aPersonSeesTheFailedConnectorAndItsErrorAboveTheRunningOnes() throws Exception {
        Path chromium = chromium().orElse(null);
        assumeTrue(chromium != null, "chromium is not on PATH; install it (apt-get install -y chromium) to run the"
                + " status page browser test");
        Path page = temp.resolve("status.html");
        Files.writeString(page, HtmlStatusPage.render(readAllDepartments()), StandardCharsets.UTF_8);

        String dom = runChromium(chromium, "--dump-dom", page.toUri().toString());
        String text = dom.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
        int failed = text.indexOf("hr-workday-snowflake-sink");
        int running = text.indexOf("hr-onboarding-datagen-source");
        assertTrue(failed > 0 && failed < running, "the failed connector must come before the running one: " + text);
        Matcher error = Pattern.compile("<pre class=\"error\">([^<]*)</pre>").matcher(dom);
        List<String> errors = new ArrayList<>();
        while (error.find()) {
            errors.add(error.group(1));
        }
        assertEquals("ConnectException: Failed to open a Snowflake channel for table HR_WORKER_EVENTS\nCaused by:"
                + " SnowflakeSQLException: JWT token is invalid. [b1f3c2d4-0e5a-4c61-9a7e-2f8d6c1b9e07]", errors.get(0));
        assertTrue(text.contains("The Snowflake sink connector failed because Snowflake rejected the key-pair (JWT)"
                + " authentication"), text);

        Path screenshot = temp.resolve("status.png");
        runChromium(chromium, "--screenshot=" + screenshot, "--window-size=1280,900", page.toUri().toString());
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertEquals(1280, image.getWidth());
        int firstRed = firstRowWithRun(image, FAILED_RED);
        int firstGreen = firstRowWithRun(image, RUNNING_GREEN);
        assertTrue(firstRed >= 0, "no red FAILED badge is visible in the first screen");
        assertTrue(firstGreen >= 0, "no green RUNNING badge is visible in the first screen");
        assertTrue(firstRed < firstGreen, "the FAILED badge (y=" + firstRed + ") must be above the first RUNNING badge"
                + " (y=" + firstGreen + ")");
        if (Files.isDirectory(SCREENSHOT_COPY.getParent()) && Files.isWritable(SCREENSHOT_COPY.getParent())) {
            Files.copy(screenshot, SCREENSHOT_COPY, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private StatusReport readAllDepartments() {
        InputSet inputs = InputLoader.load(List.of(StatusCluster.resource("platform.yaml"),
                StatusCluster.resource("departments")));
        try (ConfluentCloudClient client = StatusCluster.client(StatusCluster.environment(server),
                new RecordingSleeper())) {
            return new StatusReader(client, StatusCluster.CLOCK).read(new StatusReader.Request(
                    inputs.onlyPlatform().orElseThrow(), inputs.departments(), null));
        }
    }

    private String runChromium(Path chromium, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--hide-scrollbars", "--user-data-dir=" + Files.createTempDirectory(temp, "chromium-profile")));
        command.addAll(List.of(arguments));
        File log = temp.resolve("chromium.log").toFile();
        Process process = new ProcessBuilder(command).redirectError(log).redirectInput(ProcessBuilder.Redirect.from(
                new File("/dev/null"))).start();
        byte[] stdout = process.getInputStream().readAllBytes();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chromium did not finish within 90 s");
        }
        assertEquals(0, process.exitValue(), () -> "chromium failed: " + readQuietly(log.toPath()));
        return new String(stdout, StandardCharsets.UTF_8);
    }

    /** The first pixel row holding a horizontal run of at least {@link #BADGE_RUN} pixels of {@code rgb}; else -1. */
    private static int firstRowWithRun(BufferedImage image, int rgb) {
        for (int y = 0; y < image.getHeight(); y++) {
            int run = 0;
            for (int x = 0; x < image.getWidth(); x++) {
                run = close(image.getRGB(x, y), rgb) ? run + 1 : 0;
                if (run >= BADGE_RUN) {
                    return y;
                }
            }
        }
        return -1;
    }

    private static boolean close(int argb, int rgb) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((argb >> shift) & 0xff) - ((rgb >> shift) & 0xff)) > 8) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Path> chromium() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String folder : path.split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path candidate = Path.of(folder, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
