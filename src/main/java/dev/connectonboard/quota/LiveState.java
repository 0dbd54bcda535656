package dev.connectonboard.quota;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the check knows about the live platform: the cluster's connectors, the native quotas the plan is held
 * against, and the service accounts that already exist. Offline ({@link #offlineState()}), it knows nothing and says so.
 */
public record LiveState(boolean isOffline, Map<String, LiveConnectorUsage> connectors,
                        Map<String, NativeQuota> nativeQuotas, Set<String> serviceAccountNames) {

    public LiveState {
        connectors = Map.copyOf(connectors);
        nativeQuotas = Map.copyOf(nativeQuotas);
        serviceAccountNames = Set.copyOf(serviceAccountNames);
    }

    public static LiveState offlineState() {
        return new LiveState(true, Map.of(), Map.of(), Set.of());
    }

    public static LiveState online(Map<String, LiveConnectorUsage> connectors, Map<String, NativeQuota> nativeQuotas,
                                   Set<String> serviceAccountNames) {
        return new LiveState(false, connectors, nativeQuotas, serviceAccountNames);
    }

    public Optional<NativeQuota> nativeQuota(String code) {
        return Optional.ofNullable(nativeQuotas.get(Objects.requireNonNull(code)));
    }
}
