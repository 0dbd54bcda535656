package dev.connectonboard.descriptor;

import dev.connectonboard.descriptor.catalog.CatalogEntry;
import dev.connectonboard.descriptor.catalog.ConnectorCatalog;

import java.util.Map;
import java.util.Optional;

/**
 * No secret in a descriptor's plain values. A connector class the catalog knows: a literal value for any of its
 * password settings is refused. Any other key: refused when it is named like a secret (the heuristic), unless the
 * catalog lists it as a plain setting of the class. Every value, of every class and of topic configs too: refused
 * when it carries a credential (a URL's user part, a password parameter, a bearer token, a secret header). No message
 * ever quotes the value.
 */
final class SecretRules {
    private static final String MOVE = "{ awsSecretsManager: { secretId: ..., key: ... } }";

    private SecretRules() {
    }

    /** Checks a connector's config. */
    static void checkConnectorConfig(String connectorClass, Map<String, String> config, String at,
                                     ProblemCollector problems) {
        Optional<CatalogEntry> entry = ConnectorCatalog.shared().entry(connectorClass);
        for (Map.Entry<String, String> setting : config.entrySet()) {
            String key = setting.getKey();
            String pointer = FieldPaths.child(at, key);
            if (entry.isPresent() && entry.get().isPassword(key)) {
                String source = entry.get().docs().isEmpty() ? "" : " (its documentation marks it Type: password, "
                        + entry.get().docs() + ")";
                problems.add(pointer, "'" + key + "' is a password setting of " + connectorClass + source
                        + "; move it under secrets as " + MOVE + " so its value never sits in git");
            } else if (!(entry.isPresent() && entry.get().isKnownSetting(key)) && SecretShapes.keyLooksSecret(key)) {
                problems.add(pointer, "'" + key + "' looks sensitive; move it under secrets as " + MOVE
                        + " so its value never sits in git");
            } else {
                checkValue(setting.getValue(), pointer, key, problems);
            }
        }
    }

    /** Checks a topic's configs: Kafka topic configs hold no secret, so any secret-shaped key or value is refused. */
    static void checkTopicConfig(Map<String, String> config, String at, ProblemCollector problems) {
        for (Map.Entry<String, String> setting : config.entrySet()) {
            String key = setting.getKey();
            String pointer = FieldPaths.child(at, key);
            if (SecretShapes.keyLooksSecret(key)) {
                problems.add(pointer, "'" + key + "' looks sensitive, and a topic config is no place for a secret: "
                        + "topic configs are plain text in git, in Terraform state and in the cluster; remove it");
            } else {
                checkValue(setting.getValue(), pointer, key, problems);
            }
        }
    }

    private static void checkValue(String value, String pointer, String key, ProblemCollector problems) {
        SecretShapes.credentialIn(value).ifPresent(what -> problems.add(pointer, "the value of '" + key
                + "' carries " + what + "; take it out of the value and give it to the connector under secrets "
                + "(usually as the class's password setting)"));
    }
}
