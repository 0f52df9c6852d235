package dev.curveball.results.stats;

import java.util.Locale;

/**
 * A 95% confidence interval on a share, both ends in 0..1, as summary.json writes it:
 * {@code {"low": 0.62, "high": 0.88}}.
 */
public record Interval(double low, double high) {
    public Interval {
        if (!(low >= 0 && low <= high && high <= 1)) {
            throw new IllegalArgumentException("an interval needs 0 <= low <= high <= 1, got " + low + ".." + high);
        }
    }

    /** {@code 62.0–88.0%}: both ends as percentages with one decimal. */
    public String percent() {
        return String.format(Locale.ROOT, "%.1f–%.1f%%", low * 100, high * 100);
    }
}
