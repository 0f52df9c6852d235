package dev.curveball.results.stats;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * The exact McNemar test on paired outcomes: of the {@code b + c} discordant pairs (b passed in A
 * and failed in B, c the other way round), how surprising is a split this uneven if neither run is
 * better? Under that null the split is Bin(b + c, 1/2), and the two-sided p-value is
 * {@code min(1, 2 · P(X <= min(b, c)))}. The binomial sum is taken in exact integer arithmetic
 * (binomial coefficients as {@link BigInteger}), so it holds for thousands of pairs where doubles
 * would under- or overflow.
 *
 * <pre>{@code McNemar.exactP(1, 9)  // 0.021484375
 * McNemar.exactP(0, 5)  // 0.0625}</pre>
 */
public final class McNemar {
    private McNemar() {
    }

    /** The two-sided exact p-value for {@code b} and {@code c} discordant pairs; 1 when there are none. */
    public static double exactP(long b, long c) {
        if (b < 0 || c < 0) {
            throw new IllegalArgumentException("discordant pair counts must be 0 or more, got b=" + b + " c=" + c);
        }
        long n = b + c;
        if (n == 0) {
            return 1.0;
        }
        long k = Math.min(b, c);
        BigInteger term = BigInteger.ONE;  // C(n, 0)
        BigInteger tail = BigInteger.ONE;
        for (long i = 1; i <= k; i++) {
            term = term.multiply(BigInteger.valueOf(n - i + 1)).divide(BigInteger.valueOf(i));
            tail = tail.add(term);
        }
        BigDecimal p = new BigDecimal(tail.shiftLeft(1)).divide(new BigDecimal(BigInteger.ONE.shiftLeft((int) n)), MathContext.DECIMAL128);
        return Math.min(1.0, p.doubleValue());
    }
}
