package dev.connectonboard.confluent;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A live connector's definition as the Connect API returns it, for bringing it under GitOps: its whole config
 * (server-added keys included) without the values Confluent masks, and which keys those are.
 *
 * @param state      RUNNING, PAUSED, FAILED... or null when the API left it out
 * @param config     every unmasked config value, sorted by key
 * @param maskedKeys the keys whose value Confluent returned as a run of asterisks (passwords, private keys, API
 *                   secrets): their values cannot be read back
 */
public record ConnectorDefinition(String name, String state, Map<String, String> config, Set<String> maskedKeys) {

    public ConnectorDefinition {
        config = Collections.unmodifiableMap(new TreeMap<>(config));
        maskedKeys = Collections.unmodifiableSet(new TreeSet<>(maskedKeys));
    }
}
