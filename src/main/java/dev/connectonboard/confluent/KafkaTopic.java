package dev.connectonboard.confluent;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A topic as the Kafka REST API v3 describes it.
 *
 * @param configs the configs set on the topic itself ({@code source: DYNAMIC_TOPIC_CONFIG}), not the defaults
 */
public record KafkaTopic(String name, int partitions, Map<String, String> configs) {

    public KafkaTopic {
        configs = Collections.unmodifiableMap(new TreeMap<>(configs));
    }
}
