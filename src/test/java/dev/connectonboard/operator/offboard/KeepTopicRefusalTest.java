package dev.connectonboard.operator.offboard;

import dev.connectonboard.descriptor.InputLoader;
import dev.connectonboard.descriptor.InputSet;
import dev.connectonboard.errors.OnboardException;
import dev.connectonboard.operator.status.SelfManagedWorkers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@code --keep-topic} names a topic that is not the department's: refused before anything is read, saying what is. */
class KeepTopicRefusalTest {
    private static final Path PLATFORM = Path.of("examples/platform.yaml");

    @TempDir
    Path folder;

    @Test
    void namesTheTopicsThatCanBeKept() {
        OnboardException refused = assertThrows(OnboardException.class,
                () -> offboard(Path.of("examples/departments/finance.yaml"), "fin.ledger.entrys"));

        assertEquals("--keep-topic fin.ledger.entrys: not a topic or dead letter queue of department finance; keep one "
                + "of fin.payments.public.payments, fin.payments.public.refunds, fin.ledger.entries, "
                + "fin.reporting.daily, fin.dlq.fin-ledger-s3-sink", refused.getMessage());
    }

    @Test
    void saysWhenOnlyConnectsInternalTopicsExist() throws IOException {
        Path descriptor = Files.writeString(folder.resolve("logistics.yaml"), """
                apiVersion: connect-onboard/v1
                kind: DepartmentOnboarding
                department: { name: logistics, prefix: lgx, owners: [ops@example.org] }
                connect:
                  runtime: self-managed
                  selfManaged: { workers: 2, image: connect-7-9, cpu: 1024, memory: 2048,
                                 subnetIds: [subnet-0a1b2c3d], securityGroupIds: [sg-0a1b2c3d] }
                """);

        OnboardException refused = assertThrows(OnboardException.class,
                () -> offboard(descriptor, "lgx.connect-offsets"));

        assertEquals("--keep-topic lgx.connect-offsets: not a topic or dead letter queue of department logistics; it "
                + "has none to keep (Connect's internal topics go with its workers)", refused.getMessage());
    }

    private static void offboard(Path descriptor, String keep) {
        InputSet inputs = InputLoader.load(PLATFORM, List.of(descriptor));
        new Offboarder(() -> {
            throw new AssertionError("nothing is read before the options are checked");
        }, SelfManagedWorkers.none(), Clock.systemUTC()).run(new Offboarder.Request(inputs.platformFrom(PLATFORM),
                inputs.departments().get(0), List.of(keep), null, false, null));
    }
}
