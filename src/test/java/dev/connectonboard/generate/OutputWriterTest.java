package dev.connectonboard.generate;

import dev.connectonboard.errors.OnboardException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputWriterTest {
    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000L);

    @Test
    void rewritesOnlyFilesWhoseContentChanged(@TempDir Path dir) throws Exception {
        Workspace workspace = new Workspace(dir);
        workspace.generate(false);
        Path hrMain = workspace.out.resolve("hr/main.tf");
        Path financeMain = workspace.out.resolve("finance/main.tf");
        Files.setLastModifiedTime(hrMain, LONG_AGO);
        Files.setLastModifiedTime(financeMain, LONG_AGO);
        workspace.edit("finance", "flush.size: 1000", "flush.size: 2000");

        OutputPlan plan = workspace.generate(false).plan();

        assertEquals(List.of(Path.of("finance/main.tf")), plan.changed());
        assertEquals(LONG_AGO, Files.getLastModifiedTime(hrMain));
        assertFalse(LONG_AGO.equals(Files.getLastModifiedTime(financeMain)));
        assertTrue(workspace.read("finance/main.tf").contains("\"flush.size\"         = \"2000\""));
    }

    @Test
    void checkReportsAStaleOutputWithAUnifiedDiffAndWritesNothing(@TempDir Path dir) throws Exception {
        Workspace workspace = new Workspace(dir);
        workspace.generate(false);
        assertTrue(workspace.generate(true).plan().upToDate());
        workspace.edit("hr", "partitions: 3", "partitions: 9");

        OutputPlan plan = workspace.generate(true).plan();

        assertFalse(plan.upToDate());
        assertEquals(List.of(Path.of("hr/main.tf")), plan.changed());
        assertTrue(plan.diff().contains("--- a/hr/main.tf\n+++ b/hr/main.tf\n"), plan.diff());
        assertTrue(plan.diff().contains("-      partitions = 3\n+      partitions = 9\n"), plan.diff());
        assertTrue(workspace.read("hr/main.tf").contains("partitions = 3"));
    }

    @Test
    void removesGeneratedFilesNoLongerProducedButKeepsTerraformState(@TempDir Path dir) throws Exception {
        Workspace workspace = new Workspace(dir);
        workspace.generate(false);
        Path state = workspace.out.resolve("research/terraform.tfstate");
        Files.writeString(state, "{}");
        // A connector config file an earlier version wrote, and a generated .tf file no template produces any more.
        Path oldConfig = workspace.out.resolve("research/connectors/rsch-papers-s3-sink.json");
        Files.createDirectories(oldConfig.getParent());
        Files.writeString(oldConfig, "{}");
        Path oldTf = workspace.out.resolve("research/retired.tf");
        Files.writeString(oldTf, workspace.read("research/versions.tf"));

        OutputPlan plan = workspace.generate(false).plan();

        assertEquals(List.of(Path.of("research/connectors/rsch-papers-s3-sink.json"), Path.of("research/retired.tf")),
                plan.removed().stream().sorted().toList());
        assertFalse(Files.exists(oldConfig));
        assertFalse(Files.exists(oldTf));
        assertTrue(Files.exists(workspace.out.resolve("research/main.tf")));
        assertTrue(Files.exists(state));
    }

    @Test
    void aFailedWriteLeavesTheOutputFolderExactlyAsItWas(@TempDir Path dir) throws Exception {
        Workspace workspace = new Workspace(dir);
        workspace.generate(false);
        // the research folder becomes a file, so writing research's files fails after finance's (earlier in order)
        // already moved in
        deleteTree(workspace.out.resolve("research"));
        Files.writeString(workspace.out.resolve("research"), "in the way");
        workspace.edit("finance", "flush.size: 1000", "flush.size: 3000");
        workspace.edit("research", "logRetentionDays: 14", "logRetentionDays: 30");
        String financeBefore = workspace.read("finance/main.tf");

        OnboardException failure = assertThrows(OnboardException.class, () -> workspace.generate(false));

        assertTrue(failure.getMessage().contains("was left as it was"), failure.getMessage());
        assertEquals(financeBefore, workspace.read("finance/main.tf"));
        assertEquals("in the way", workspace.read("research"));
        try (Stream<Path> leftovers = Files.list(workspace.out)) {
            assertTrue(leftovers.noneMatch(p -> p.getFileName().toString().startsWith(".connect-onboard-staging")));
        }
    }

    @Test
    void reportsDepartmentFoldersNoDescriptorProducesWithoutDeletingThem(@TempDir Path dir) throws Exception {
        Workspace workspace = new Workspace(dir);
        workspace.generate(false);
        Files.delete(workspace.departments.resolve("hr.yaml"));

        OutputPlan plan = workspace.generate(false).plan();

        assertEquals(List.of(Path.of("hr")), plan.orphans());
        assertTrue(Files.exists(workspace.out.resolve("hr/main.tf")));
    }

    private static void deleteTree(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
