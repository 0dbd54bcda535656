package dev.connectonboard.provider.protocol;

import dev.connectonboard.testsupport.PluginLaunchers;
import dev.connectonboard.testsupport.TerraformCli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real {@code terraform apply} of a managed resource served by the bridge (the toy {@code bridgetest_item}), through a
 * whole life: create, a second plan with no changes, an in-place update, a replacement, drift (deleted outside
 * Terraform), an import block, destroy. One test, because each step starts from the previous one's state.
 */
class ItemResourceTerraformTest {
    private static final String SOURCE = "bridge.test/bridge/bridgetest";

    @TempDir
    static Path home;
    private static TerraformCli terraform;
    private static Path cloudFile;

    @BeforeAll
    static void install() throws Exception {
        Path launchers = home.resolve("plugin");
        PluginLaunchers.write(launchers, "bridgetest", PluginLaunchers.currentClassPath(),
                ItemProvider.class.getName());
        Path cliConfig = home.resolve("terraform.rc");
        Files.writeString(cliConfig, PluginLaunchers.devOverrides(Map.of(SOURCE, launchers), null));
        cloudFile = home.resolve("cloud.json");
        terraform = TerraformCli.assumeInstalled(cliConfig).withEnv(Map.of(ItemCloud.FILE_ENV, cloudFile.toString()));
    }

    @Test
    void aResourceLivesThroughApplyUpdateReplaceDriftImportAndDestroy() throws Exception {
        Path root = Files.createDirectories(home.resolve("root"));
        write(root, "alpha", "v1", "");

        TerraformCli.Result created = run(root, "apply", "-auto-approve");
        assertTrue(created.stdout().contains("1 added, 0 changed, 0 destroyed"), created::toString);
        assertTrue(created.stdout().contains("item_id = \"item-alpha\""), created::toString);
        assertTrue(created.stdout().contains("\"label\" = \"rule-80\""), created::toString);
        assertFalse(Files.readString(cloudFile).contains("s3cret"), "the write-only value is never stored");
        assertFalse(Files.readString(root.resolve("terraform.tfstate")).contains("s3cret"));

        assertNoChanges(root);

        write(root, "alpha", "v2", "");
        TerraformCli.Result updated = run(root, "apply", "-auto-approve");
        assertTrue(updated.stdout().contains("will be updated in-place"), updated::toString);
        assertTrue(updated.stdout().contains("0 added, 1 changed, 0 destroyed"), updated::toString);
        assertNoChanges(root);

        write(root, "beta", "v2", "");
        TerraformCli.Result replaced = run(root, "apply", "-auto-approve");
        assertTrue(replaced.stdout().contains("# forces replacement"), replaced::toString);
        assertTrue(replaced.stdout().contains("1 added, 0 changed, 1 destroyed"), replaced::toString);
        assertTrue(replaced.stdout().contains("item_id = \"item-beta\""), replaced::toString);
        assertNoChanges(root);

        Files.writeString(cloudFile, "{}");
        TerraformCli.Result drift = terraform.run(root, Duration.ofMinutes(3), "plan", "-no-color", "-input=false");
        assertEquals(0, drift.exitCode(), drift::toString);
        assertTrue(drift.stdout().contains("has been deleted"), drift::toString);
        assertTrue(drift.stdout().contains("1 to add, 0 to change, 0 to destroy"), drift::toString);
        run(root, "apply", "-auto-approve");

        Files.delete(root.resolve("terraform.tfstate"));
        write(root, "beta", "v2", """
                import {
                  to = bridgetest_item.one
                  id = "item-beta"
                }
                """);
        TerraformCli.Result imported = run(root, "apply", "-auto-approve");
        assertTrue(imported.stdout().contains("1 imported, 0 added, 0 changed, 0 destroyed"), imported::toString);
        assertNoChanges(root);

        TerraformCli.Result destroyed = run(root, "destroy", "-auto-approve");
        assertTrue(destroyed.stdout().contains("1 destroyed"), destroyed::toString);
        assertEquals("{}", Files.readString(cloudFile).strip());
    }

    private static void assertNoChanges(Path root) {
        TerraformCli.Result plan = terraform.run(root, Duration.ofMinutes(3), "plan", "-detailed-exitcode",
                "-no-color", "-input=false");
        assertEquals(0, plan.exitCode(), () -> "expected no changes:\n" + plan);
    }

    private static TerraformCli.Result run(Path root, String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "-no-color";
        all[args.length + 1] = "-input=false";
        return terraform.run(root, Duration.ofMinutes(3), all).requireSuccess();
    }

    private static void write(Path root, String name, String value, String extra) throws Exception {
        Files.writeString(root.resolve("main.tf"), """
                terraform {
                  required_providers {
                    bridgetest = { source = "%s" }
                  }
                }
                resource "bridgetest_item" "one" {
                  name      = "%s"
                  value     = "%s"
                  secret_wo = "s3cret"
                  rule {
                    port = 80
                  }
                }
                output "item_id" {
                  value = bridgetest_item.one.id
                }
                output "rules" {
                  value = bridgetest_item.one.rule
                }
                %s
                """.formatted(SOURCE, name, value, extra));
    }
}
