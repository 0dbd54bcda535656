package dev.connectonboard.modules;

import dev.connectonboard.testsupport.PlanJson;
import dev.connectonboard.testsupport.TerraformCli;

import java.io.IOException;
import java.nio.file.Path;

/** Plans a test-only root module from src/test/resources/modules-harness against a copy of modules/. */
final class Harness {

    static final Path MODULES = Path.of("modules").toAbsolutePath();
    static final Path HARNESSES = Path.of("src/test/resources/modules-harness").toAbsolutePath();

    private Harness() {
    }

    static Path stage(Path workDir, String harness) throws IOException {
        return TerraformCli.stage(workDir, MODULES, HARNESSES.resolve(harness));
    }

    /** init, validate and plan; returns the plan as JSON. */
    static PlanJson plan(TerraformCli tf, Path workDir, String harness, String... planArgs) throws IOException {
        Path root = stage(workDir, harness);
        tf.init(root).requireSuccess();
        tf.validate(root).requireSuccess();
        return new PlanJson(tf.planJson(root, planArgs));
    }
}
