package dev.curveball.results.stats;

import java.util.Optional;

/**
 * The Wilson score interval of a binomial share at 95%: unlike the normal approximation it stays
 * inside 0..1 and keeps a sensible width at 0 of n and n of n, which is where small eval suites live
 * (3 of 3 passed is not "100% ± 0").
 *
 * <pre>{@code Wilson.interval(17, 20)  // 0.640..0.948}</pre>
 */
public final class Wilson {
    /** The standard normal quantile for a two-sided 95% interval. */
    static final double Z = 1.959963984540054;

    private Wilson() {
    }

    /** The 95% interval of {@code successes} out of {@code trials}; empty when there are no trials. */
    public static Optional<Interval> interval(long successes, long trials) {
        if (trials < 0 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("need 0 <= successes <= trials, got " + successes + " of " + trials);
        }
        if (trials == 0) {
            return Optional.empty();
        }
        double n = trials;
        double p = successes / n;
        double z2 = Z * Z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
        // The exact ends at 0 and n: rounding must not push them past the observed share.
        double low = successes == 0 ? 0 : Math.max(0, centre - half);
        double high = successes == trials ? 1 : Math.min(1, centre + half);
        return Optional.of(new Interval(round(low), round(high)));
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
