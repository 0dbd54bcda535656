package dev.connectonboard.descriptor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.connectonboard.descriptor.Inputs.at;
import static dev.connectonboard.descriptor.Inputs.department;
import static dev.connectonboard.descriptor.Inputs.load;
import static dev.connectonboard.descriptor.Inputs.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A declared topic may not take the name of a DLQ connect-onboard creates (looked up by name, not pairwise). */
class DeadLetterQueueNameRuleTest {
    @TempDir
    Path dir;

    @Test
    void rejectsATopicNamedLikeAConnectorsDeadLetterQueue() {
        Path file = department(dir, """
                topics:
                  - name: fin.orders
                  - name: fin.dlq.fin-orders-sink
                connectors:
                  - name: fin-orders-sink
                    class: S3_SINK
                    topics: [fin.orders]
                    errors: { tolerance: all, deadLetterQueue: true }
                """);
        assertEquals(List.of(at(file, 11, 5, "topics[1].name", "topic 'fin.dlq.fin-orders-sink' is the dead letter "
                + "queue that connect-onboard creates for connector 'fin-orders-sink'; remove it from topics")),
                problems(file));
    }

    @Test
    void acceptsTheNameWhenTheConnectorHasNoDeadLetterQueue() {
        Path file = department(dir, """
                topics:
                  - name: fin.orders
                  - name: fin.dlq.fin-orders-sink
                connectors:
                  - name: fin-orders-sink
                    class: S3_SINK
                    topics: [fin.orders]
                """);
        assertEquals(2, load(file).departments().get(0).value().topics().size());
    }
}
