package dev.connectonboard.descriptor;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" for unknown fields, kinds and enum values. */
public final class Suggestions {
    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();
    private static final int MAX_TYPO_LENGTH = 100;

    private Suggestions() {
    }

    /** The closest candidate, if it is close enough to be a likely typo. */
    public static Optional<String> closest(String typed, Collection<String> candidates) {
        if (typed.length() > MAX_TYPO_LENGTH) {
            // no name is this long, so it is no typo of one; and the distance would cost length x candidates
            return Optional.empty();
        }
        String lowerTyped = typed.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .min(Comparator.comparingInt(c -> DISTANCE.apply(lowerTyped, c.toLowerCase(Locale.ROOT))))
                .filter(c -> DISTANCE.apply(lowerTyped, c.toLowerCase(Locale.ROOT))
                        <= Math.max(2, Math.min(typed.length(), c.length()) / 3));
    }

    public static String didYouMean(String typed, Collection<String> candidates) {
        return closest(typed, candidates).map(c -> "; did you mean '" + c + "'?").orElse("");
    }
}
