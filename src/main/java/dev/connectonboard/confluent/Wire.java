package dev.connectonboard.confluent;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;

/**
 * The JSON shapes of the Confluent APIs, read leniently: unknown fields are ignored (Confluent adds undocumented
 * ones), every field may be absent, and enums are plain strings because the API sends values beyond its own spec.
 */
final class Wire {
    static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private Wire() {
    }

    record Expansion(IdRef id, Info info, Status status) {
    }

    record IdRef(String id, String idType) {
    }

    record Info(String name, Map<String, JsonNode> config, String type) {
    }

    record Status(String name, String type, ConnectorState connector, List<Task> tasks, String errorSummary,
                  String overrideMessage, List<String> validationErrors, List<String> errorsFromTrace) {
    }

    record ConnectorState(String state, String workerId, String trace) {
    }

    record Task(Integer id, String state, String workerId, String msg, String trace) {
    }

    record ListMeta(String next) {
    }

    record Page<T>(ListMeta metadata, List<T> data) {
    }

    record Quota(String id, String scope, String displayName, Integer defaultLimit, Integer appliedLimit,
                 Integer usage, Ref organization, Ref environment, Ref kafkaCluster, Ref user) {
    }

    record Ref(String id) {
    }

    record Account(String id, String displayName, String description) {
    }

    record AccessPoint(String id, AccessPointState status) {
    }

    /** {@code config} is the endpoint's observed side, e.g. {@code vpc_endpoint_id} of an AWS egress endpoint. */
    record AccessPointState(String phase, String errorCode, String errorMessage, Map<String, JsonNode> config) {
    }
}
