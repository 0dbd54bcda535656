package dev.connectonboard.confluent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/**
 * Body and answer of {@code POST /v2/metrics/cloud/query} for connector record counts and topic sizes. The API takes exactly one
 * aggregation per query, so each metric is its own query; all of them are grouped by connector id.
 */
final class MetricsQuery {
    static final String CONNECTOR_LABEL = "resource.connector.id";
    static final String CLUSTER_LABEL = "resource.kafka.id";
    static final String TOPIC_LABEL = "metric.topic";
    /**
     * Bytes a topic holds, summed over its partitions when grouped by topic: the Metrics API's
     * {@code io.confluent.kafka.server/retained_bytes}, labels cluster, topic and partition (Confluent, "Metrics API").
     */
    static final String RETAINED_BYTES = "io.confluent.kafka.server/retained_bytes";
    static final String RECEIVED = "io.confluent.kafka.connect/received_records";
    static final String SENT = "io.confluent.kafka.connect/sent_records";
    static final String DEAD_LETTER = "io.confluent.kafka.connect/dead_letter_queue_records";
    static final List<String> METRICS = List.of(RECEIVED, SENT, DEAD_LETTER);
    /** The API returns at most 1000 groups per query; smaller batches keep the filter short. */
    static final int IDS_PER_QUERY = 100;

    private MetricsQuery() {
    }

    static ObjectNode body(String metric, List<String> connectorIds, MetricsWindow window) {
        return body(metric, anyOf(CONNECTOR_LABEL, connectorIds), CONNECTOR_LABEL, window);
    }

    /**
     * Retained bytes of these topics of one cluster, one value per topic. The cluster filter is what authorizes the
     * query ("requests to this dataset require a resource filter"); the topics narrow it.
     */
    static ObjectNode topicBody(String clusterId, List<String> topics, MetricsWindow window) {
        ObjectNode both = Wire.JSON.createObjectNode().put("op", "AND");
        both.putArray("filters").add(equal(CLUSTER_LABEL, clusterId)).add(anyOf(TOPIC_LABEL, topics));
        return body(RETAINED_BYTES, both, TOPIC_LABEL, window);
    }

    private static ObjectNode body(String metric, ObjectNode filter, String groupBy, MetricsWindow window) {
        ObjectNode body = Wire.JSON.createObjectNode();
        body.putArray("aggregations").addObject().put("metric", metric);
        body.set("filter", filter);
        body.putArray("group_by").add(groupBy);
        body.put("granularity", window.granularity());
        body.putArray("intervals").add(window.interval());
        body.put("limit", IDS_PER_QUERY);
        return body;
    }

    private static ObjectNode anyOf(String field, List<String> values) {
        if (values.size() == 1) {
            return equal(field, values.get(0));
        }
        ObjectNode or = Wire.JSON.createObjectNode().put("op", "OR");
        ArrayNode filters = or.putArray("filters");
        values.forEach(value -> filters.add(equal(field, value)));
        return or;
    }

    private static ObjectNode equal(String field, String value) {
        return Wire.JSON.createObjectNode().put("field", field).put("op", "EQ").put("value", value);
    }

    /** The values in query-sized batches of at most {@value #IDS_PER_QUERY}, in order. */
    static List<List<String>> batches(List<String> values) {
        List<List<String>> batches = new java.util.ArrayList<>();
        for (int from = 0; from < values.size(); from += IDS_PER_QUERY) {
            batches.add(values.subList(from, Math.min(values.size(), from + IDS_PER_QUERY)));
        }
        return batches;
    }

    /**
     * Adds each point's value to the total of the point's {@code label} (the query's group_by).
     *
     * @return null when the answer is complete, else the next page token
     * @throws IllegalArgumentException naming what is wrong when a point lacks the label or a numeric value
     */
    static String addPoints(JsonNode answer, String label, Map<String, Double> totals) {
        JsonNode data = answer.path("data");
        if (!data.isArray()) {
            throw new IllegalArgumentException("the answer has no \"data\" list");
        }
        for (JsonNode point : data) {
            JsonNode id = point.path(label);
            JsonNode value = point.path("value");
            if (!id.isTextual() || !value.isNumber()) {
                throw new IllegalArgumentException("a point lacks \"" + label + "\" or a numeric \"value\": " + point);
            }
            totals.merge(id.asText(), value.asDouble(), Double::sum);
        }
        JsonNode next = answer.path("meta").path("pagination").path("next_page_token");
        return next.isTextual() && !next.asText().isBlank() ? next.asText() : null;
    }
}
