package dev.connectonboard.descriptor;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean" for unknown fields, kinds, enum values and references. Bounded on purpose: a hostile file can hold
 * tens of thousands of names and references, and comparing each reference with each name would be quadratic, so no
 * suggestion is looked for among more than {@link #MAX_CANDIDATES} names or for a word longer than
 * {@link #MAX_TYPO_LENGTH}, and each distance stops counting at the threshold that would make it a typo.
 */
public final class Suggestions {
    private static final int MAX_TYPO_LENGTH = 100;
    private static final int MAX_CANDIDATES = 100;

    private Suggestions() {
    }

    /** The closest candidate, if it is close enough to be a likely typo (the first of equally close ones). */
    public static Optional<String> closest(String typed, Collection<String> candidates) {
        if (typed.length() > MAX_TYPO_LENGTH || candidates.size() > MAX_CANDIDATES) {
            return Optional.empty();
        }
        String lowerTyped = typed.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int threshold = Math.max(2, Math.min(typed.length(), candidate.length()) / 3);
            int distance = new LevenshteinDistance(threshold).apply(lowerTyped, candidate.toLowerCase(Locale.ROOT));
            if (distance >= 0 && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    public static String didYouMean(String typed, Collection<String> candidates) {
        return closest(typed, candidates).map(c -> "; did you mean '" + c + "'?").orElse("");
    }
}
