package dev.connectonboard.testsupport.kafka;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.SinkConnector;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A sink plugin whose connector fails as it starts, as a real one does when its target refuses it: the worker
 * reports the connector {@code FAILED} with this exception's trace. Kafka ships no connector that validates and
 * then fails to start, so the tests' worker loads this one (registered for Kafka's service loader, which
 * {@code plugin.discovery=service_load} reads).
 */
public final class FailingSinkConnector extends SinkConnector {
    public static final String MESSAGE = "the target system refused the connection (test plugin)";

    @Override
    public void start(Map<String, String> props) {
        throw new ConnectException(MESSAGE);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return NoTask.class;
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        return List.of();
    }

    @Override
    public void stop() {
    }

    @Override
    public ConfigDef config() {
        return new ConfigDef();
    }

    @Override
    public String version() {
        return "1.0";
    }

    /** Never started: the connector fails first. */
    public static final class NoTask extends SinkTask {
        @Override
        public String version() {
            return "1.0";
        }

        @Override
        public void start(Map<String, String> props) {
        }

        @Override
        public void put(Collection<SinkRecord> records) {
        }

        @Override
        public void stop() {
        }
    }
}
