package dev.connectonboard.operator.status.render;

import dev.connectonboard.operator.status.ConnectorView;
import dev.connectonboard.operator.status.Health;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** "2 connectors: 1 failed, 1 running": the summary every format leads with. */
final class Counts {
    private Counts() {
    }

    static Map<Health, Long> byHealth(List<ConnectorView> connectors) {
        Map<Health, Long> counts = new EnumMap<>(Health.class);
        connectors.forEach(c -> counts.merge(c.health(), 1L, Long::sum));
        return counts;
    }

    static String sentence(List<ConnectorView> connectors) {
        if (connectors.isEmpty()) {
            return "no connectors";
        }
        String parts = byHealth(connectors).entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().label().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        return connectors.size() + (connectors.size() == 1 ? " connector: " : " connectors: ") + parts;
    }
}
