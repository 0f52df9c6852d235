package dev.curveball.core.category;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Messages for names that are not in a fixed vocabulary: what exists, and the nearest name. */
public final class Vocabulary {
    private Vocabulary() {
    }

    public static String unknown(String what, String given, Collection<String> known) {
        String message = "unknown " + what + " '" + given + "'";
        Optional<String> near = nearest(given, known);
        return near.map(n -> message + " (did you mean '" + n + "'?)")
                .orElse(message + "; known: " + String.join(", ", known));
    }

    /** The known name closest to {@code given}, if it is close enough to be a likely typo. */
    public static Optional<String> nearest(String given, Collection<String> known) {
        if (given == null) {
            return Optional.empty();
        }
        return known.stream()
                .min(Comparator.comparingInt((String k) -> distance(given, k)).thenComparing(k -> k))
                .filter(k -> distance(given, k) <= Math.max(2, k.length() / 3));
    }

    static int distance(String a, String b) {
        return LevenshteinDistance.getDefaultInstance().apply(a, b);
    }
}
