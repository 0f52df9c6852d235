package dev.curveball.results.stats;

import java.util.Locale;
import java.util.Optional;

/**
 * The difference of two paired pass rates, B minus A, with its 95% interval by Newcombe's method 10
 * (R. G. Newcombe, "Improved confidence intervals for the difference between binomial proportions
 * based on paired data", Statistics in Medicine 17:2635-2650, 1998): the Wilson score intervals of
 * both rates, combined through the continuity-corrected phi correlation of the 2x2 table.
 * It stays inside -1..1, and unlike the Wald interval it keeps a sensible width when few pairs
 * disagree. For Newcombe's example (a), a=36 b=12 c=2 d=0, the difference A - B is 0.2 with
 * interval 0.0569..0.3404.
 *
 * <p>The counts are of pairs: {@code bothPass}, {@code onlyA} (passed in A, failed in B: a
 * regression), {@code onlyB} (a fix), {@code bothFail}.
 *
 * <pre>{@code PairedDifference.of(36, 12, 2, 0)  // delta -0.2, interval -0.3404..-0.0569}</pre>
 */
public record PairedDifference(double delta, double low, double high) {

    public PairedDifference {
        if (!(low >= -1 && low <= delta && delta <= high && high <= 1)) {
            throw new IllegalArgumentException("need -1 <= low <= delta <= high <= 1, got " + low + ", " + delta + ", " + high);
        }
    }

    /** B's pass rate minus A's over {@code n} pairs, with its interval; none when there are no pairs. */
    public static Optional<PairedDifference> of(long bothPass, long onlyA, long onlyB, long bothFail) {
        long n = bothPass + onlyA + onlyB + bothFail;
        if (Math.min(Math.min(bothPass, onlyA), Math.min(onlyB, bothFail)) < 0) {
            throw new IllegalArgumentException("pair counts must be 0 or more");
        }
        if (n == 0) {
            return Optional.empty();
        }
        double p1 = (bothPass + onlyA) / (double) n;
        double p2 = (bothPass + onlyB) / (double) n;
        double[] w1 = wilson(bothPass + onlyA, n);
        double[] w2 = wilson(bothPass + onlyB, n);
        double phi = phi(bothPass, onlyA, onlyB, bothFail);
        // Newcombe's bounds on p1 - p2 (A minus B) ...
        double d = p1 - p2;
        double lower = d - Math.sqrt(square(p1 - w1[0]) - 2 * phi * (p1 - w1[0]) * (w2[1] - p2) + square(w2[1] - p2));
        double upper = d + Math.sqrt(square(p2 - w2[0]) - 2 * phi * (p2 - w2[0]) * (w1[1] - p1) + square(w1[1] - p1));
        // ... turned round to B minus A, the way a comparison reads (negative: B passes less).
        return Optional.of(new PairedDifference(round(-d), Math.max(-1, round(-upper)), Math.min(1, round(-lower))));
    }

    /** {@code -7.0 pts (95% CI -15.2 to +1.1)}: percentage points. */
    public String points() {
        return String.format(Locale.ROOT, "%+.1f pts (95%% CI %+.1f to %+.1f)", delta * 100, low * 100, high * 100);
    }

    /** The phi correlation with Newcombe's continuity correction: ad - bc shrunk by n/2 towards 0 when positive. */
    private static double phi(long a, long b, long c, long d) {
        double n = a + b + c + d;
        double marginals = (double) (a + b) * (c + d) * (a + c) * (b + d);
        if (marginals == 0) {
            return 0;
        }
        double cross = (double) a * d - (double) b * c;
        double corrected = cross > n / 2 ? cross - n / 2 : cross < 0 ? cross : 0;
        return corrected / Math.sqrt(marginals);
    }

    /** The unrounded Wilson score interval, as {@link Wilson} computes it. */
    private static double[] wilson(long successes, long trials) {
        double n = trials;
        double p = successes / n;
        double z2 = Wilson.Z * Wilson.Z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Wilson.Z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    private static double square(double x) {
        return x * x;
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
