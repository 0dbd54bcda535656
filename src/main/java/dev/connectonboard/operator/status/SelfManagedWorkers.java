package dev.connectonboard.operator.status;

import dev.connectonboard.confluent.LiveConnector;
import dev.connectonboard.descriptor.model.DepartmentOnboarding;
import dev.connectonboard.descriptor.model.Platform;

import java.util.List;

/** Where {@code status} reads a self-managed department's connectors: the department's own workers. */
public interface SelfManagedWorkers {

    /** The workers' connectors; throws {@link WorkersUnavailable} when they cannot be read from here. */
    List<LiveConnector> connectors(Platform platform, DepartmentOnboarding department);

    /** No workers are read: self-managed connectors are NOT REPORTED. */
    static SelfManagedWorkers none() {
        return (platform, department) -> {
            throw new WorkersUnavailable("the workers' REST API is not read by this command");
        };
    }

    /** Why the workers could not be read; shown as the department's note, never fatal. */
    final class WorkersUnavailable extends RuntimeException {
        public WorkersUnavailable(String message) {
            super(message);
        }
    }
}
