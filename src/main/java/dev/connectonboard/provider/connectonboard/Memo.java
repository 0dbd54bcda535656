package dev.connectonboard.provider.connectonboard;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Computes each key once and remembers the outcome, failures included: when Confluent Cloud is unreachable, every
 * data source of the plan gets the same answer at once instead of each waiting through its own retries.
 */
final class Memo<K, V> {
    private final Map<K, CompletableFuture<V>> outcomes = new ConcurrentHashMap<>();
    private final Function<K, V> compute;

    Memo(Function<K, V> compute) {
        this.compute = compute;
    }

    V get(K key) {
        CompletableFuture<V> outcome = outcomes.computeIfAbsent(key, k -> {
            CompletableFuture<V> result = new CompletableFuture<>();
            try {
                result.complete(compute.apply(k));
            } catch (RuntimeException failure) {
                result.completeExceptionally(failure);
            }
            return result;
        });
        try {
            return outcome.join();
        } catch (CompletionException wrapped) {
            throw (RuntimeException) wrapped.getCause();
        }
    }
}
