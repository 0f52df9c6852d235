package dev.curveball.results.compare;

import java.util.List;
import java.util.Locale;

/**
 * The median and 95th percentile of durations in milliseconds (nearest rank: the smallest value
 * at or above that share of the sorted values), with how many there are; both null when none.
 */
public record Spread(int count, Long median, Long p95) {

    public static Spread of(List<Long> values) {
        if (values.isEmpty()) {
            return new Spread(0, null, null);
        }
        List<Long> sorted = values.stream().sorted().toList();
        return new Spread(sorted.size(), rank(sorted, 0.5), rank(sorted, 0.95));
    }

    private static long rank(List<Long> sorted, double share) {
        int index = (int) Math.ceil(share * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    /** {@code median 1.2 s, p95 3.4 s}; {@code none} when empty. */
    public String describe() {
        return count == 0 ? "none" : "median " + seconds(median) + ", p95 " + seconds(p95);
    }

    static String seconds(long ms) {
        return ms < 1000 ? ms + " ms" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
