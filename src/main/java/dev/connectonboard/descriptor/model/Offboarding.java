package dev.connectonboard.descriptor.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.Pattern;

import java.util.List;

/**
 * The department is leaving (written by {@code connect-onboard offboard}): generation renders a root that deletes
 * everything the department has, except the topics listed here, which Terraform releases from its state instead.
 */
@JsonClassDescription("The department is being removed: generate renders a root whose apply deletes its connectors, "
        + "access and topics, and releases the keepTopics from state without deleting them. Needs the "
        + "acknowledgement { department: <name>, action: delete, reason }.")
public record Offboarding(
        @JsonPropertyDescription("Topics whose records must outlive the department (department or DLQ topics): "
                + "released from Terraform's state with removed { lifecycle { destroy = false } }, not deleted.")
        List<@Pattern(regexp = NamePatterns.TOPIC_NAME) String> keepTopics) {

    public Offboarding {
        keepTopics = keepTopics == null ? List.of() : List.copyOf(keepTopics);
    }
}
