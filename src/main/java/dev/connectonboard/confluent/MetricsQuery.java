package dev.connectonboard.confluent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/**
 * Body and answer of {@code POST /v2/metrics/cloud/query} for connector record counts. The API takes exactly one
 * aggregation per query, so each metric is its own query; all of them are grouped by connector id.
 */
final class MetricsQuery {
    static final String CONNECTOR_LABEL = "resource.connector.id";
    static final String RECEIVED = "io.confluent.kafka.connect/received_records";
    static final String SENT = "io.confluent.kafka.connect/sent_records";
    static final String DEAD_LETTER = "io.confluent.kafka.connect/dead_letter_queue_records";
    static final List<String> METRICS = List.of(RECEIVED, SENT, DEAD_LETTER);
    /** The API returns at most 1000 groups per query; smaller batches keep the filter short. */
    static final int IDS_PER_QUERY = 100;

    private MetricsQuery() {
    }

    static ObjectNode body(String metric, List<String> connectorIds, MetricsWindow window) {
        ObjectNode body = Wire.JSON.createObjectNode();
        body.putArray("aggregations").addObject().put("metric", metric);
        if (connectorIds.size() == 1) {
            body.set("filter", idFilter(connectorIds.get(0)));
        } else {
            ObjectNode or = body.putObject("filter");
            or.put("op", "OR");
            ArrayNode filters = or.putArray("filters");
            connectorIds.forEach(id -> filters.add(idFilter(id)));
        }
        body.putArray("group_by").add(CONNECTOR_LABEL);
        body.put("granularity", window.granularity());
        body.putArray("intervals").add(window.interval());
        body.put("limit", IDS_PER_QUERY);
        return body;
    }

    private static ObjectNode idFilter(String connectorId) {
        return Wire.JSON.createObjectNode().put("field", CONNECTOR_LABEL).put("op", "EQ").put("value", connectorId);
    }

    /**
     * Adds each point's value to its connector's total.
     *
     * @return null when the answer is complete, else the next page token
     * @throws IllegalArgumentException naming what is wrong when a point lacks the label or a numeric value
     */
    static String addPoints(JsonNode answer, Map<String, Double> totals) {
        JsonNode data = answer.path("data");
        if (!data.isArray()) {
            throw new IllegalArgumentException("the answer has no \"data\" list");
        }
        for (JsonNode point : data) {
            JsonNode id = point.path(CONNECTOR_LABEL);
            JsonNode value = point.path("value");
            if (!id.isTextual() || !value.isNumber()) {
                throw new IllegalArgumentException("a point lacks \"" + CONNECTOR_LABEL + "\" or a numeric \"value\": "
                        + point);
            }
            totals.merge(id.asText(), value.asDouble(), Double::sum);
        }
        JsonNode next = answer.path("meta").path("pagination").path("next_page_token");
        return next.isTextual() && !next.asText().isBlank() ? next.asText() : null;
    }
}
