package dev.connectonboard.modules;

import dev.connectonboard.testsupport.TerraformCli;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class ModulesFormattingTest {

    @Test
    void modulesAndHarnessesAreTerraformFmtClean() {
        TerraformCli tf = TerraformCli.assumeAvailable();
        TerraformCli.Result modules = tf.fmtCheck(Harness.MODULES);
        assertTrue(modules.ok(), "run `terraform fmt -recursive modules`:\n" + modules.output());
        TerraformCli.Result harnesses = tf.fmtCheck(Harness.HARNESSES);
        assertTrue(harnesses.ok(), "run `terraform fmt -recursive src/test/resources/modules-harness`:\n" + harnesses.output());
    }
}
